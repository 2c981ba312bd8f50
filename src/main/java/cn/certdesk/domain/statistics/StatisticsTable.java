package cn.certdesk.domain.statistics;

import java.util.List;
import java.util.Objects;

/**
 * One table of a statistics export, already labelled for the officer (R17: exportable). A cell is
 * a {@link String} or a {@link Number}; numbers stay numbers in a spreadsheet. Immutable value.
 *
 * @param title   the table's (sheet's) title
 * @param headers column headings
 * @param rows    the rows, each as long as {@code headers}
 */
public record StatisticsTable(String title, List<String> headers, List<List<Object>> rows) {

    public StatisticsTable {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        int columns = headers.size();
        rows = rows.stream().map(row -> {
            if (row.size() != columns) {
                throw new IllegalArgumentException("row of " + row.size() + " cells under " + columns
                        + " headings in table " + title);
            }
            return row.stream().map(cell -> cell == null ? "" : cell).map(Object.class::cast).toList();
        }).toList();
    }

    /** One row of cells: strings and numbers ({@code null} becomes an empty cell). */
    public static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
