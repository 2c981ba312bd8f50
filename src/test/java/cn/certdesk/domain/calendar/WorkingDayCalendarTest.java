package cn.certdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Expected dates are worked out by hand from cn-holidays.tsv and a wall calendar; the
 * reasoning is in the comments. Day names: Mon..Sun.
 */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.loadBundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledDataCovers2007To2026AndNot2006Or2027() {
        // The file starts with 2006-12-30/31 (work, for New Year 2007) but 2006 itself is not covered.
        assertThat(calendar.coveredYears()).hasSize(20);
        assertThat(calendar.coveredYears().first()).isEqualTo(2007);
        assertThat(calendar.coveredYears().last()).isEqualTo(2026);
        assertThat(calendar.covers(d("2006-12-30"))).isFalse();
        assertThat(calendar.covers(d("2027-01-01"))).isFalse();
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            // 2025 Spring Festival: off 01-28 (Tue) .. 02-04 (Tue); work 01-26 (Sun) and 02-08 (Sat).
            "2025-01-26, true",   // Sunday, adjusted working day
            "2025-01-28, false",  // Tuesday, holiday
            "2025-02-04, false",  // Tuesday, last holiday
            "2025-02-05, true",   // Wednesday, back at work
            "2025-02-08, true",   // Saturday, adjusted working day
            "2025-02-09, false",  // ordinary Sunday
            // 2025 National Day + Mid-Autumn: work 09-28 (Sun), off 10-01..10-08, work 10-11 (Sat).
            "2025-09-28, true",
            "2025-10-08, false",
            "2025-10-11, true",
            "2025-10-12, false",
            "2025-10-13, true",   // ordinary Monday
    })
    void isWorkingDayFollowsHolidaysAndAdjustedDays(String date, boolean working) {
        assertThat(calendar.isWorkingDay(d(date))).isEqualTo(working);
    }

    @Test
    void R09_fiveWorkingDaysAcrossSpringFestival2024() {
        // Start Thu 2024-02-08. Off 02-10 (Sat) .. 02-17 (Sat); work Sun 02-18.
        // 02-09 Fri = 1; 02-10..02-17 holiday; 02-18 Sun (调休) = 2; 02-19 Mon = 3; 02-20 Tue = 4; 02-21 Wed = 5.
        assertThat(calendar.addWorkingDays(d("2024-02-08"), 5)).isEqualTo(new Deadline(d("2024-02-21"), false));
    }

    @Test
    void adjustedSundayBeforeSpringFestival2024CountsAsWorkingDay() {
        // Start Fri 2024-02-02: 02-03 Sat rest; 02-04 Sun is listed "work" (春节 调休) = 1.
        assertThat(calendar.addWorkingDays(d("2024-02-02"), 1).date()).isEqualTo(d("2024-02-04"));
    }

    @Test
    void R09_fiveWorkingDaysAcrossSpringFestival2025() {
        // Start Fri 2025-01-24. 01-25 Sat rest; 01-26 Sun work = 1; 01-27 Mon = 2;
        // 01-28 .. 02-04 holiday; 02-05 Wed = 3; 02-06 Thu = 4; 02-07 Fri = 5.
        assertThat(calendar.addWorkingDays(d("2025-01-24"), 5)).isEqualTo(new Deadline(d("2025-02-07"), false));
        // The sixth is the adjusted Saturday 02-08.
        assertThat(calendar.addWorkingDays(d("2025-01-24"), 6).date()).isEqualTo(d("2025-02-08"));
    }

    @Test
    void R09_fiveWorkingDaysAcrossSpringFestival2026() {
        // Start Thu 2026-02-12. 02-13 Fri = 1; 02-14 Sat work = 2; 02-15 .. 02-23 holiday;
        // 02-24 Tue = 3; 02-25 Wed = 4; 02-26 Thu = 5.
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 5)).isEqualTo(new Deadline(d("2026-02-26"), false));
        // 02-27 Fri = 6; 02-28 Sat (调休) = 7.
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 7).date()).isEqualTo(d("2026-02-28"));
    }

    @Test
    void R09_fiveWorkingDaysAcrossNationalDay2025() {
        // Start Fri 2025-09-26. 09-27 Sat rest; 09-28 Sun work = 1; 09-29 Mon = 2; 09-30 Tue = 3;
        // 10-01 .. 10-08 holiday; 10-09 Thu = 4; 10-10 Fri = 5.
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(new Deadline(d("2025-10-10"), false));
    }

    @Test
    void R04_twentyWorkingDaysAcrossNationalDay2025() {
        // Continuing the count above: 10-11 Sat (调休) = 6; 10-12 Sun rest;
        // 10-13 .. 10-17 = 7..11; 10-20 .. 10-24 = 12..16; 10-27 Mon = 17, 28 = 18, 29 = 19, Thu 10-30 = 20.
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 20)).isEqualTo(new Deadline(d("2025-10-30"), false));
        // Quarterly (10): 10-13 .. 10-16 are 7..10 → Thu 10-16.
        assertThat(calendar.addWorkingDays(d("2025-09-26"), 10).date()).isEqualTo(d("2025-10-16"));
    }

    @Test
    void zeroWorkingDaysIsTheStartDayWhenItIsAWorkingDay() {
        // Sun 2025-09-28 is an adjusted working day.
        assertThat(calendar.addWorkingDays(d("2025-09-28"), 0)).isEqualTo(new Deadline(d("2025-09-28"), false));
    }

    @Test
    void zeroWorkingDaysOnAHolidayIsTheNextWorkingDay() {
        // Wed 2025-10-01 is a holiday; 10-02 .. 10-08 too; Thu 10-09 is the first working day.
        assertThat(calendar.addWorkingDays(d("2025-10-01"), 0)).isEqualTo(new Deadline(d("2025-10-09"), false));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2025-10-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nextWorkingDaySkipsTheHolidayAndTheWeekend() {
        // After Fri 2025-10-10 comes the adjusted Saturday 10-11.
        assertThat(calendar.nextWorkingDay(d("2025-10-10"))).isEqualTo(d("2025-10-11"));
        // After Sat 10-11 (work) comes Mon 10-13 (Sun 10-12 is a plain rest day).
        assertThat(calendar.nextWorkingDay(d("2025-10-11"))).isEqualTo(d("2025-10-13"));
    }

    @Test
    void workingDaysBetweenIsTheInverseOfAddWorkingDays() {
        // From the National Day example: 2025-09-26 → 2025-10-30 is 20 working days.
        assertThat(calendar.workingDaysBetween(d("2025-09-26"), d("2025-10-30"))).isEqualTo(20);
        assertThat(calendar.workingDaysBetween(d("2025-10-30"), d("2025-09-26"))).isEqualTo(-20);
        assertThat(calendar.workingDaysBetween(d("2025-10-01"), d("2025-10-08"))).isZero();
    }

    @Test
    void deadlineInto2027IsEstimatedAndUsesWeekdays() {
        // Start Mon 2026-12-28 (no December 2026 entries in the data).
        // 12-29 Tue = 1, 12-30 Wed = 2, 12-31 Thu = 3; 2027 unknown, so Fri 2027-01-01 counts = 4;
        // 01-02/03 weekend; Mon 2027-01-04 = 5.
        assertThat(calendar.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(new Deadline(d("2027-01-04"), true));
    }

    @Test
    void deadlineEndingInDecember2026IsNotEstimated() {
        // Start Mon 2026-12-21: 22, 23, 24, 25 (Fri) = 1..4; Mon 12-28 = 5.
        assertThat(calendar.addWorkingDays(d("2026-12-21"), 5)).isEqualTo(new Deadline(d("2026-12-28"), false));
    }

    @Test
    void deadlineStartingIn2006IsEstimated() {
        // 2006 is only partly in the data. Thu 2006-12-28 + 1 = Fri 12-29, in uncovered 2006.
        assertThat(calendar.addWorkingDays(d("2006-12-28"), 1)).isEqualTo(new Deadline(d("2006-12-29"), true));
    }

    @Test
    void overrideFileAdds2027AndTheDeadlineIsNoLongerEstimated(@TempDir Path dir) throws IOException {
        // A made-up 2027 New Year notice, as the provincial sync might push it: 2027-01-01 (Fri) off.
        Path override = dir.resolve("cn-holidays-2027.tsv");
        Files.writeString(override, """
                # pushed by sync
                # covers: 2027
                date\tholiday\tkind
                2027-01-01\t元旦\toff
                """, StandardCharsets.UTF_8);
        WorkingDayCalendar updated = WorkingDayCalendar.loadBundledWithOverride(override);

        assertThat(updated.coveredYears().last()).isEqualTo(2027);
        // 12-29, 12-30, 12-31 = 1..3; 2027-01-01 now a holiday; Mon 01-04 = 4; Tue 01-05 = 5.
        assertThat(updated.addWorkingDays(d("2026-12-28"), 5)).isEqualTo(new Deadline(d("2027-01-05"), false));
        // The bundled years are unchanged.
        assertThat(updated.addWorkingDays(d("2025-09-26"), 5)).isEqualTo(new Deadline(d("2025-10-10"), false));
        // The original calendar did not change.
        assertThat(calendar.covers(d("2027-01-01"))).isFalse();
    }

    @Test
    void overrideOfACoveredYearReplacesThatYearsDates() {
        // A corrected 2025 that lists only New Year: the Spring Festival dates of the bundled
        // file must disappear, so Tue 2025-01-28 becomes an ordinary working day.
        WorkingDayCalendar corrected = calendar.withOverride(WorkingDayCalendar.parse("""
                # covers: 2025
                2025-01-01\t元旦\toff
                """, "correction"));
        assertThat(corrected.isWorkingDay(d("2025-01-28"))).isTrue();
        assertThat(corrected.isWorkingDay(d("2024-02-12"))).isFalse(); // 2024 untouched
    }

    @Test
    void externalFileReplacesTheBundledData(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("only-2027.tsv");
        Files.writeString(file, "2027-01-01\t元旦\toff\n2027-02-06\t春节\twork\n", StandardCharsets.UTF_8);
        WorkingDayCalendar replaced = WorkingDayCalendar.loadFile(file);
        // No covers line: covered = years with an "off" date.
        assertThat(replaced.coveredYears()).containsExactly(2027);
        assertThat(replaced.isWorkingDay(d("2027-02-06"))).isTrue(); // Saturday 调休
    }

    @Test
    void malformedDateIsRejectedNamingTheLine() {
        String data = "date\tholiday\tkind\n2025-01-01\t元旦\toff\n2025-13-01\t春节\toff\n";
        assertThatThrownBy(() -> WorkingDayCalendar.parse(data, "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("bad.tsv")
                .hasMessageContaining("第3行")
                .hasMessageContaining("2025-13-01");
    }

    @Test
    void unknownKindIsRejectedNamingTheLine() {
        String data = "# covers: 2025\n2025-01-01\t元旦\tholiday\n";
        assertThatThrownBy(() -> WorkingDayCalendar.parse(data, "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第2行")
                .hasMessageContaining("off 或 work");
    }

    @Test
    void missingColumnIsRejectedNamingTheLine() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse("2025-01-01 元旦 off\n", "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第1行")
                .hasMessageContaining("3 列");
    }

    @Test
    void duplicateDateIsRejectedNamingBothLines() {
        String data = "2025-01-01\t元旦\toff\n2025-01-01\t元旦\twork\n";
        assertThatThrownBy(() -> WorkingDayCalendar.parse(data, "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第2行")
                .hasMessageContaining("第1行");
    }

    @Test
    void coversLineForAYearWithoutDataIsRejected() {
        String data = "# covers: 2027-2028\n2027-01-01\t元旦\toff\n";
        assertThatThrownBy(() -> WorkingDayCalendar.parse(data, "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("2028");
    }

    @Test
    void malformedCoversLineIsRejected() {
        assertThatThrownBy(() -> WorkingDayCalendar.parse("# covers: next year\n", "bad.tsv"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("第1行");
    }
}
