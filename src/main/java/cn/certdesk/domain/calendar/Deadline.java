package cn.certdesk.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A due date computed in working days. Immutable and thread-safe.
 *
 * @param date      the due date, always a working day by the calendar's rules
 * @param estimated {@code true} when some day of the counted range falls in a year the
 *                  calendar does not cover; for those days plain Monday–Friday was assumed,
 *                  so the officer must be told the date may move once that year's State
 *                  Council notice is loaded
 */
public record Deadline(LocalDate date, boolean estimated) {

    public Deadline {
        Objects.requireNonNull(date, "date");
    }
}
