package cn.certdesk.printing.export;

import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsTable;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * R17: statistics as an Excel workbook (Apache POI), one sheet per table, headings in bold and
 * frozen, numbers as numeric cells. POI is loaded only when this class first exports: the
 * composition root creates it on demand, so start-up never pays for it (ADR 0014). Thread-safe
 * (stateless).
 */
public final class XlsxStatisticsExporter implements StatisticsExporter {

    /** Excel allows 255 characters' width; a column never needs more than this many. */
    private static final int MAX_COLUMN_CHARS = 60;

    @Override
    public void export(List<StatisticsTable> tables, Path target) {
        AtomicFile.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Font bold = workbook.createFont();
                bold.setBold(true);
                CellStyle heading = workbook.createCellStyle();
                heading.setFont(bold);
                Set<String> names = new HashSet<>();
                for (StatisticsTable table : tables) {
                    Sheet sheet = workbook.createSheet(uniqueName(table.title(), names));
                    int[] widths = new int[table.headers().size()];
                    Row header = sheet.createRow(0);
                    for (int column = 0; column < table.headers().size(); column++) {
                        Cell cell = header.createCell(column);
                        cell.setCellValue(table.headers().get(column));
                        cell.setCellStyle(heading);
                        widths[column] = width(table.headers().get(column));
                    }
                    int rowIndex = 1;
                    for (List<Object> values : table.rows()) {
                        Row row = sheet.createRow(rowIndex++);
                        for (int column = 0; column < values.size(); column++) {
                            Object value = values.get(column);
                            Cell cell = row.createCell(column);
                            if (value instanceof Number number) {
                                cell.setCellValue(number.doubleValue());
                            } else {
                                cell.setCellValue(value.toString());
                            }
                            widths[column] = Math.max(widths[column], width(value.toString()));
                        }
                    }
                    sheet.createFreezePane(0, 1);
                    for (int column = 0; column < widths.length; column++) {
                        sheet.setColumnWidth(column, (Math.min(widths[column], MAX_COLUMN_CHARS) + 2) * 256);
                    }
                }
                workbook.write(out);
            }
        });
    }

    /** Display width in Latin characters: a CJK character takes two. */
    private static int width(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += text.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return width;
    }

    /** Excel's sheet names: at most 31 characters, no []:*?/\, unique ignoring case. */
    private static String uniqueName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int suffix = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); suffix++) {
            String tail = " (" + suffix + ")";
            name = base.substring(0, Math.min(base.length(), 31 - tail.length())) + tail;
        }
        return name;
    }
}
