package cn.certdesk.domain.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parser of the holiday data file (format described on {@link WorkingDayCalendar}).
 * Stateless and thread-safe.
 */
final class HolidayTsv {

    static final String HEADER = "date\tholiday\tkind";

    private static final Pattern COVERS = Pattern.compile("^#\\s*covers\\s*:(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern YEAR_RANGE = Pattern.compile("^(\\d{4})(?:\\s*-\\s*(\\d{4}))?$");

    /**
     * What one file says.
     *
     * @param entries  the listed dates, in file order
     * @param declared the years named on {@code # covers:} lines, empty if there are none
     */
    record Parsed(Map<LocalDate, CalendarEntry> entries, Optional<SortedSet<Integer>> declared) {
    }

    private HolidayTsv() {
    }

    static Parsed parse(Reader source, String sourceName) {
        Map<LocalDate, CalendarEntry> entries = new LinkedHashMap<>();
        Map<LocalDate, Integer> lineOfDate = new LinkedHashMap<>();
        SortedSet<Integer> declared = new TreeSet<>();
        boolean sawCovers = false;
        boolean sawData = false;
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(source)) {
            String raw;
            while ((raw = reader.readLine()) != null) {
                lineNumber++;
                String line = stripLineNoise(raw, lineNumber);
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("#")) {
                    Matcher covers = COVERS.matcher(line.strip());
                    if (covers.matches()) {
                        sawCovers = true;
                        declared.addAll(parseCovers(covers.group(1), sourceName, lineNumber, line));
                    }
                    continue;
                }
                if (!sawData && line.equals(HEADER)) {
                    sawData = true;
                    continue;
                }
                sawData = true;
                CalendarEntry entry = parseEntry(line, sourceName, lineNumber);
                Integer earlier = lineOfDate.putIfAbsent(entry.date(), lineNumber);
                if (earlier != null) {
                    throw error(sourceName, lineNumber, line, "日期 " + entry.date() + " 重复（第" + earlier + "行已列出）");
                }
                entries.put(entry.date(), entry);
            }
        } catch (IOException e) {
            throw new CalendarDataException("节假日数据 " + sourceName + " 读取失败：" + e.getMessage(), e);
        }
        for (int year : declared) {
            boolean hasRestDay = entries.values().stream()
                    .anyMatch(e -> e.date().getYear() == year && e.type() == DayType.OFF);
            if (!hasRestDay) {
                throw new CalendarDataException("节假日数据 " + sourceName + " 声明覆盖 " + year
                        + " 年，但没有列出该年的任何放假日期");
            }
        }
        return new Parsed(Collections.unmodifiableMap(entries),
                sawCovers ? Optional.of(Collections.unmodifiableSortedSet(declared)) : Optional.empty());
    }

    private static String stripLineNoise(String raw, int lineNumber) {
        String line = raw;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        if (line.endsWith("\r")) {
            line = line.substring(0, line.length() - 1);
        }
        return line;
    }

    private static CalendarEntry parseEntry(String line, String sourceName, int lineNumber) {
        String[] fields = line.split("\t", -1);
        if (fields.length != 3) {
            throw error(sourceName, lineNumber, line, "应有 3 列（日期、节日、off/work，以制表符分隔），实际 " + fields.length + " 列");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(fields[0].strip());
        } catch (DateTimeException e) {
            throw error(sourceName, lineNumber, line, "日期“" + fields[0] + "”不是 YYYY-MM-DD 格式的有效日期");
        }
        String holiday = fields[1].strip();
        if (holiday.isEmpty()) {
            throw error(sourceName, lineNumber, line, "节日名称为空");
        }
        DayType type;
        try {
            type = DayType.fromCode(fields[2].strip());
        } catch (IllegalArgumentException e) {
            throw error(sourceName, lineNumber, line, "类型“" + fields[2] + "”应为 off 或 work");
        }
        return new CalendarEntry(date, holiday, type);
    }

    private static SortedSet<Integer> parseCovers(String list, String sourceName, int lineNumber, String line) {
        SortedSet<Integer> years = new TreeSet<>();
        for (String part : list.split(",")) {
            Matcher range = YEAR_RANGE.matcher(part.strip());
            if (!range.matches()) {
                throw error(sourceName, lineNumber, line, "covers 行应写成“# covers: 2007-2026”或“# covers: 2027”");
            }
            int from = Integer.parseInt(range.group(1));
            int to = range.group(2) == null ? from : Integer.parseInt(range.group(2));
            if (to < from) {
                throw error(sourceName, lineNumber, line, "covers 年份范围颠倒：" + from + "-" + to);
            }
            for (int year = from; year <= to; year++) {
                years.add(year);
            }
        }
        return years;
    }

    private static CalendarDataException error(String sourceName, int lineNumber, String line, String problem) {
        return new CalendarDataException("节假日数据 " + sourceName + " 第" + lineNumber + "行格式错误：" + problem
                + "。该行内容：“" + line + "”");
    }
}
