package cn.certdesk.domain.statistics;

import cn.certdesk.domain.CertDeskException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a statistics report covers, both ends included, in the desk's local dates (R15, R17).
 * Immutable value.
 */
public record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** A longer period is a mistyped year, not a question a station asks (ten years of months). */
    public static final int MAX_YEARS = 10;

    public StatisticsPeriod {
        if (from == null || to == null) {
            throw new CertDeskException("statistics.period.missing");
        }
        if (from.isAfter(to)) {
            throw new CertDeskException("statistics.period.reversed", from, to);
        }
        if (from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new CertDeskException("statistics.period.too.long", MAX_YEARS);
        }
    }

    public boolean includes(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Every month the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }
}
