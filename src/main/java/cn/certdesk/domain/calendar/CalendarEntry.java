package cn.certdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One listed date of the holiday data: the date, the holiday it belongs to (e.g. 春节) and
 * whether it is a rest day or an adjusted working day. Immutable and thread-safe.
 *
 * @param date    the calendar date
 * @param holiday the holiday's name as in the State Council notice, never blank
 * @param type    rest day or adjusted working day
 */
public record CalendarEntry(LocalDate date, String holiday, DayType type) {

    public CalendarEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(holiday, "holiday");
        Objects.requireNonNull(type, "type");
        if (holiday.isBlank()) {
            throw new IllegalArgumentException("holiday name is blank for " + date);
        }
    }
}
