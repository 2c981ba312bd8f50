package cn.certdesk.domain.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The working-day calendar of mainland China: official holidays and adjusted working days
 * (调休) as data, and the one deadline operation every time limit uses — R09 (5 working days
 * when an application needs investigation) and R04 (20 / 10 / 5 working days for batch
 * verification feedback).
 *
 * <h2>Data file</h2>
 * UTF-8 text, one date a line, three tab-separated columns {@code date holiday kind}:
 * {@code 2025-01-28	春节	off}. {@code off} is an official rest day, {@code work} an
 * adjusted working day on a weekend. A date not listed is a working day Monday–Friday and a
 * rest day Saturday–Sunday. Lines starting with {@code #} are comments; an optional header
 * line {@code date	holiday	kind} may precede the data. Any other malformed line, or a date
 * listed twice, is rejected with a {@link CalendarDataException} naming the line.
 *
 * <h2>Covered years</h2>
 * The holidays of a year are known only once the State Council publishes its notice, so the
 * calendar knows which years it <em>covers</em>. Decision: coverage is declared explicitly by
 * one or more comment lines {@code # covers: 2007-2026} (single years and comma-separated
 * ranges allowed, e.g. {@code # covers: 2027}); each declared year must list at least one
 * {@code off} date or the file is rejected. A file without a {@code covers} line covers
 * exactly the years in which it lists at least one {@code off} date — every notice gives at
 * least 元旦, so this is a safe fallback, and it leaves a year that appears only through an
 * adjusted working day (late 2006 in the bundled data) uncovered. The bundled file declares
 * {@code 2007-2026}.
 *
 * <h2>Replacing and extending without a rebuild</h2>
 * {@link #loadBundled()} reads the copy shipped in the jar; {@link #loadFile(Path)} reads any
 * file instead; {@link #withOverride(WorkingDayCalendar)} (and
 * {@link #loadBundledWithOverride(Path)}) lays a newer file, e.g. one pushed by the
 * provincial sync, over this one: for every year the override covers, the override's dates
 * replace all of this calendar's dates of that year (so a corrected notice can also remove
 * a date); outside those years the two are merged date by date, the override winning; the
 * covered years are the union.
 *
 * <h2>Days in uncovered years</h2>
 * {@link #isWorkingDay} always applies the same rule: a listed date is what the data says;
 * an unlisted date is a working day Monday–Friday. In an uncovered year this is an
 * estimate, and {@link #addWorkingDays} says so through {@link Deadline#estimated()}.
 *
 * <p>Instances are immutable and thread-safe; all operations are pure.
 */
public final class WorkingDayCalendar {

    /** Class-path location of the bundled data file. */
    public static final String BUNDLED_RESOURCE = "/cn/certdesk/domain/calendar/cn-holidays.tsv";

    private final Map<LocalDate, CalendarEntry> entries;
    private final SortedSet<Integer> coveredYears;

    private WorkingDayCalendar(Map<LocalDate, CalendarEntry> entries, SortedSet<Integer> coveredYears) {
        this.entries = Collections.unmodifiableMap(new TreeMap<>(entries));
        this.coveredYears = Collections.unmodifiableSortedSet(new TreeSet<>(coveredYears));
    }

    /**
     * Reads a calendar from data in the format described above.
     *
     * @param source     the data; read to the end and closed
     * @param sourceName a name for error messages, e.g. the file name
     * @return the calendar
     * @throws CalendarDataException if a line is malformed, a date is listed twice, a
     *                               {@code covers} line is malformed or names a year without
     *                               data, or reading fails
     */
    public static WorkingDayCalendar load(Reader source, String sourceName) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceName, "sourceName");
        HolidayTsv.Parsed parsed = HolidayTsv.parse(source, sourceName);
        SortedSet<Integer> covered = parsed.declared().orElseGet(() -> yearsWithRestDays(parsed.entries()));
        return new WorkingDayCalendar(parsed.entries(), covered);
    }

    /**
     * Reads a calendar from a string (convenient for tests and for data received by sync).
     *
     * @see #load(Reader, String)
     */
    public static WorkingDayCalendar parse(String data, String sourceName) {
        return load(new StringReader(data), sourceName);
    }

    /**
     * Reads the data file shipped with the application (years 2007–2026).
     *
     * @throws CalendarDataException if the bundled file is missing or malformed
     */
    public static WorkingDayCalendar loadBundled() {
        InputStream in = WorkingDayCalendar.class.getResourceAsStream(BUNDLED_RESOURCE);
        if (in == null) {
            throw new CalendarDataException("内置节假日数据缺失：" + BUNDLED_RESOURCE);
        }
        return load(new InputStreamReader(in, StandardCharsets.UTF_8), "cn-holidays.tsv（内置）");
    }

    /**
     * Reads a calendar from a UTF-8 file outside the application, replacing the bundled data.
     *
     * @throws IOException           if the file cannot be opened
     * @throws CalendarDataException if it is malformed
     */
    public static WorkingDayCalendar loadFile(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return load(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The bundled calendar with a newer file laid over it, see {@link #withOverride}.
     *
     * @throws IOException           if the file cannot be opened
     * @throws CalendarDataException if either data set is malformed
     */
    public static WorkingDayCalendar loadBundledWithOverride(Path overrideFile) throws IOException {
        return loadBundled().withOverride(loadFile(overrideFile));
    }

    /**
     * This calendar with {@code override} laid over it: for each year {@code override}
     * covers, its dates replace all dates of that year here; other dates are merged, the
     * override winning; covered years are the union. Neither calendar changes.
     */
    public WorkingDayCalendar withOverride(WorkingDayCalendar override) {
        Objects.requireNonNull(override, "override");
        Map<LocalDate, CalendarEntry> merged = new TreeMap<>();
        for (CalendarEntry entry : entries.values()) {
            if (!override.coveredYears.contains(entry.date().getYear())) {
                merged.put(entry.date(), entry);
            }
        }
        merged.putAll(override.entries);
        SortedSet<Integer> covered = new TreeSet<>(coveredYears);
        covered.addAll(override.coveredYears);
        return new WorkingDayCalendar(merged, covered);
    }

    /** @return the years whose holidays this calendar knows, ascending, unmodifiable */
    public SortedSet<Integer> coveredYears() {
        return coveredYears;
    }

    /** @return whether the holidays of {@code date}'s year are known */
    public boolean covers(LocalDate date) {
        return coveredYears.contains(date.getYear());
    }

    /** @return the listed entry for {@code date}, if the data lists it */
    public Optional<CalendarEntry> entry(LocalDate date) {
        return Optional.ofNullable(entries.get(date));
    }

    /**
     * @return {@code true} if {@code date} is a working day: a listed adjusted working day,
     *         or an unlisted Monday–Friday; {@code false} for a listed holiday and an
     *         unlisted Saturday or Sunday
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        CalendarEntry entry = entries.get(date);
        if (entry != null) {
            return entry.type() == DayType.WORK;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** @return the first working day strictly after {@code date} */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The due date {@code n} working days after {@code start} — the one operation every
     * deadline uses (R04, R09).
     *
     * <p>Counting starts the day after {@code start}: the day of application or receipt
     * does not count, whether or not it is a working day, and the result is the
     * {@code n}-th working day after it. Example: received Friday 2025-09-26, 5 working
     * days → 2025-10-10 (28 Sep Sunday 调休, 29, 30 Sep, then 9 and 10 Oct after the
     * National Day holiday).
     *
     * <p>{@code n = 0} means "immediately" (R04 ad-hoc exchange, R09 on-the-spot issue):
     * {@code start} itself if it is a working day, otherwise the next working day.
     *
     * <p>{@link Deadline#estimated()} is {@code true} when any day of the counted range —
     * {@code start+1 .. date} for {@code n ≥ 1}, {@code start .. date} for {@code n = 0} —
     * lies in a year this calendar does not cover; those days were judged Monday–Friday.
     *
     * @param start the day the clock starts (application, receipt of a batch request)
     * @param n     working days allowed, {@code ≥ 0}
     * @throws IllegalArgumentException if {@code n < 0}
     */
    public Deadline addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        if (n < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + n);
        }
        LocalDate day;
        boolean estimated;
        if (n == 0) {
            day = start;
            estimated = !covers(day);
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
                estimated |= !covers(day);
            }
            return new Deadline(day, estimated);
        }
        day = start;
        estimated = false;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            estimated |= !covers(day);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new Deadline(day, estimated);
    }

    /**
     * Working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(s, addWorkingDays(s, n).date()) == n} for {@code n ≥ 1}.
     * If {@code to} is before {@code from} the result is negative:
     * {@code -workingDaysBetween(to, from)} (e.g. how many working days a request is overdue
     * is {@code workingDaysBetween(due, today)}).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static SortedSet<Integer> yearsWithRestDays(Map<LocalDate, CalendarEntry> entries) {
        SortedSet<Integer> years = new TreeSet<>();
        for (CalendarEntry entry : entries.values()) {
            if (entry.type() == DayType.OFF) {
                years.add(entry.date().getYear());
            }
        }
        return years;
    }
}
