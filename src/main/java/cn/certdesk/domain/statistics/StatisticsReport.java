package cn.certdesk.domain.statistics;

import cn.certdesk.domain.application.Route;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The supervision figures of one period, computed from the append-only event log (R15, R17).
 * Holds no citizen's personal data: applications are named by certificate number only.
 * Immutable value.
 *
 * @param period            the days counted
 * @param overdueAsOf       the day the overdue list is taken at: the period's last day, or today
 *                          when the period runs into the future
 * @param totals            issued / refused / voided / reprinted in the period
 * @param issuedByRoute     issuances on the normal route, through the transition period (R13) and
 *                          the special-case override (R14), in the order of {@link Route}
 * @param byKind            every issue kind (zeros included) and every other kind that has a figure;
 *                          requests outside the catalogue last, under
 *                          {@link cn.certdesk.domain.application.ApplicationEvents#OUTSIDE_CATALOGUE}
 * @param byMonth           every month the period touches, zeros included
 * @param issuableRefusals  R15 应开不开: refusals whose asked kind was in the issue group
 * @param overrideIssuances R15 不该开滥开 supervision: issuances through R13/R14 overrides
 * @param overdue           applications open past their due date at {@code overdueAsOf} (R09)
 * @param officers          what each officer did in the period
 */
public record StatisticsReport(StatisticsPeriod period, LocalDate overdueAsOf, Instant computedAt, Counts totals,
        List<RouteRow> issuedByRoute, List<KindRow> byKind, List<MonthRow> byMonth,
        List<IssuableRefusal> issuableRefusals, List<OverrideIssuance> overrideIssuances,
        List<OverdueApplication> overdue, List<OfficerRow> officers) {

    public StatisticsReport {
        issuedByRoute = List.copyOf(issuedByRoute);
        byKind = List.copyOf(byKind);
        byMonth = List.copyOf(byMonth);
        issuableRefusals = List.copyOf(issuableRefusals);
        overrideIssuances = List.copyOf(overrideIssuances);
        overdue = List.copyOf(overdue);
        officers = List.copyOf(officers);
    }

    /** @return issuances through either override (R13, R14) */
    public int overrideIssuedCount() {
        return issuedByRoute.stream().filter(row -> row.route().override()).mapToInt(RouteRow::issued).sum();
    }

    /** Issuances on one route. */
    public record RouteRow(Route route, int issued) {
    }

    /**
     * @param kindCode  catalogue code, or {@code outside_catalogue}
     * @param kindName  the catalogue's name; the code when the catalogue no longer knows it;
     *                  {@code null} for requests outside the catalogue
     * @param groupCode the catalogue group, or {@code outside_catalogue}
     */
    public record KindRow(String kindCode, String kindName, String groupCode, Counts counts) {
    }

    public record MonthRow(YearMonth month, Counts counts) {
    }

    /** R15 应开不开: a refusal of a kind the station issues, with the reason the officer gave. */
    public record IssuableRefusal(LocalDate on, String kindCode, String kindName, OfficerRef officer,
            String reasonShown) {
    }

    /** R13/R14: an override issuance, with who prepared and who approved it. */
    public record OverrideIssuance(LocalDate issuedOn, String certificateNumber, String kindCode, String kindName,
            Route route, OfficerRef preparedBy, OfficerRef approvedBy) {
    }

    /** R09: an application still open after its due date. */
    public record OverdueApplication(String certificateNumber, String kindCode, String kindName, OfficerRef preparedBy,
            LocalDate createdOn, LocalDate dueDate, long daysOverdue, String status) {
    }

    /**
     * What one officer did in the period (events they recorded): applications created, of which
     * through an override, certificates printed (print attempts sent), issued (paper confirmed),
     * requests refused, applications voided, reprints, approvals and rejections as station head.
     */
    public record OfficerRow(OfficerRef officer, int created, int overridesCreated, int printed, int issued,
            int refused, int voided, int reprinted, int approved, int rejected) {

        public int total() {
            return created + printed + issued + refused + voided + reprinted + approved + rejected;
        }
    }
}
