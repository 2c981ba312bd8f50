package cn.certdesk.printing.export;

import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsTable;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * R17: statistics as one CSV file (Apache Commons CSV, Excel dialect): per table a title line, a
 * heading line and its rows, tables separated by an empty line. UTF-8 with a byte-order mark, so
 * that Excel on a Chinese Windows reads 汉字 instead of guessing GBK. Text cells that a
 * spreadsheet would take for a formula (=, +, -, @) get a leading apostrophe (CSV injection).
 * Thread-safe (stateless).
 */
public final class CsvStatisticsExporter implements StatisticsExporter {

    /** The byte-order mark written first. */
    public static final char BOM = '\uFEFF';

    @Override
    public void export(List<StatisticsTable> tables, Path target) {
        AtomicFile.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(BOM);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.EXCEL);
            boolean first = true;
            for (StatisticsTable table : tables) {
                if (!first) {
                    printer.println();
                }
                first = false;
                printer.printRecord(safe(table.title()));
                printer.printRecord(table.headers().stream().map(CsvStatisticsExporter::safe).toList());
                for (List<Object> row : table.rows()) {
                    List<Object> cells = new ArrayList<>(row.size());
                    for (Object cell : row) {
                        cells.add(cell instanceof Number ? cell : safe(cell.toString()));
                    }
                    printer.printRecord(cells);
                }
            }
            printer.flush();
        });
    }

    /** Text a spreadsheet would evaluate as a formula is kept as text. */
    static String safe(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
