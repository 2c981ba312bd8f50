package cn.certdesk.printing.export;

import static cn.certdesk.store.statistics.StatisticsSeed.FROM;
import static cn.certdesk.store.statistics.StatisticsSeed.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsService;
import cn.certdesk.domain.statistics.StatisticsTable;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.statistics.StatisticsSeed;
import cn.certdesk.store.statistics.StatisticsSeed.Act;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.statistics.StatisticsViewModel;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R17: the exported XLSX (read back with Apache POI) and CSV (read back with Commons CSV) hold
 * the figures the test counts from its own seed list.
 */
class StatisticsExportTest {

    @TempDir
    static Path dataDir;
    @TempDir
    Path exportDir;

    private static StatisticsSeed seed;
    private StatisticsViewModel viewModel;

    @BeforeAll
    static void play() {
        seed = StatisticsSeed.played(dataDir, LocalDate.of(2026, 12, 5));
    }

    @AfterAll
    static void close() {
        seed.close();
    }

    @BeforeEach
    void computeTheSeededPeriod() {
        StatisticsService service = new StatisticsService(seed.desk.events, seed.desk.catalogue,
                new SqliteOfficerRepository(seed.desk.database), seed.clock);
        viewModel = new StatisticsViewModel(seed.desk.head, seed.desk.station.name(), service, format -> switch (format) {
            case CSV -> new CsvStatisticsExporter();
            case XLSX -> new XlsxStatisticsExporter();
        }, seed.clock, TaskRunner.sameThread(), new Messages(Messages.CHINESE));
        viewModel.fromProperty().set(FROM);
        viewModel.toProperty().set(TO);
        viewModel.compute();
    }

    /** kind name → {issued, refused, voided, reprinted}, counted from the seed, named as the catalogue names them. */
    private Map<String, List<Long>> expectedByKindName() {
        Map<String, List<Long>> expected = new TreeMap<>();
        StatisticsSeed.byKind(FROM, TO).forEach((code, figures) -> expected.put(StatisticsSeed.OUTSIDE.equals(code)
                ? "目录外事项" : seed.desk.catalogue.byCode(code).orElseThrow().name(), figures));
        return expected;
    }

    @Test
    void R17_theWorkbookHoldsTheSeededFiguresByKindAndMonthAsNumbers() throws Exception {
        Path file = exportDir.resolve("统计.xlsx");
        viewModel.exportTo(StatisticsExporter.Format.XLSX, file);
        assertThat(viewModel.messageProperty().get()).isEqualTo("已导出：" + file);

        try (InputStream in = Files.newInputStream(file); Workbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(StatisticsViewModel.Section.values().length);
            Sheet kinds = workbook.getSheet("按证明种类");
            assertThat(kinds.getRow(0).getCell(1).getStringCellValue()).isEqualTo("出具");
            Map<String, List<Long>> byKind = new TreeMap<>();
            for (Row row : kinds) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<Long> figures = numbers(row, 1, 4);
                if (!figures.equals(List.of(0L, 0L, 0L, 0L))) {
                    byKind.put(row.getCell(0).getStringCellValue(), figures);
                }
            }
            assertThat(byKind).isEqualTo(expectedByKindName());

            Sheet months = workbook.getSheet("按月份");
            Map<YearMonth, List<Long>> byMonth = new LinkedHashMap<>();
            for (Row row : months) {
                if (row.getRowNum() > 0) {
                    byMonth.put(YearMonth.parse(row.getCell(0).getStringCellValue()), numbers(row, 1, 4));
                }
            }
            assertThat(byMonth).containsExactlyEntriesOf(StatisticsSeed.byMonth(FROM, TO));

            Sheet summary = workbook.getSheet("概况");
            Map<String, Cell> items = new LinkedHashMap<>();
            for (Row row : summary) {
                items.put(row.getCell(0).getStringCellValue(), row.getCell(1));
            }
            assertThat(items.get("出具").getNumericCellValue())
                    .isEqualTo(StatisticsSeed.count(Act.ISSUE, FROM, TO, step -> true));
            assertThat(items.get("应开不开（拒绝可出具的证明）").getNumericCellValue()).isEqualTo(2);
            assertThat(items.get("逾期未办结（截至 2026-11-30）").getNumericCellValue())
                    .isEqualTo(StatisticsSeed.overdueAt(TO).size());
            assertThat(items.get("派出所").getStringCellValue()).isEqualTo("自强派出所");
        }
    }

    private static List<Long> numbers(Row row, int first, int last) {
        List<Long> figures = new ArrayList<>();
        for (int column = first; column <= last; column++) {
            Cell cell = row.getCell(column);
            assertThat(cell.getCellType()).as("a figure is a number cell").isEqualTo(CellType.NUMERIC);
            figures.add((long) cell.getNumericCellValue());
        }
        return figures;
    }

    @Test
    void R17_theCsvParsesBackToTheSameTablesWithAByteOrderMarkForExcel() throws Exception {
        Path file = exportDir.resolve("统计.csv");
        viewModel.exportTo(StatisticsExporter.Format.CSV, file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);

        List<List<String>> records = new ArrayList<>();
        try (Reader reader = new StringReader(text)) {
            for (CSVRecord record : CSVFormat.EXCEL.parse(reader)) {
                records.add(record.toList());
            }
        }
        List<List<String>> expected = new ArrayList<>();
        for (StatisticsTable table : viewModel.allTables()) {
            expected.add(List.of(table.title()));
            expected.add(table.headers());
            table.rows().forEach(row -> expected.add(row.stream().map(Object::toString).toList()));
            expected.add(List.of(""));
        }
        expected.removeLast();
        assertThat(records).isEqualTo(expected);

        int kindsAt = records.indexOf(List.of("按证明种类"));
        Map<String, List<Long>> byKind = new TreeMap<>();
        for (List<String> record : records.subList(kindsAt + 2, records.indexOf(List.of("按月份")) - 1)) {
            List<Long> figures = record.subList(1, 5).stream().map(Long::parseLong).toList();
            if (!figures.equals(List.of(0L, 0L, 0L, 0L))) {
                byKind.put(record.getFirst(), figures);
            }
        }
        assertThat(byKind).isEqualTo(expectedByKindName());
    }

    @Test
    void aFormulaTypedAsTextStaysTextInTheCsv() throws Exception {
        Path file = exportDir.resolve("injection.csv");
        new CsvStatisticsExporter().export(List.of(new StatisticsTable("表", List.of("理由", "数"),
                List.of(StatisticsTable.row("=HYPERLINK(\"http://x\")", 3)))), file);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK").contains(",3");
    }

    @Test
    void anUnwritableTargetGivesTheExportMessageAndLeavesNoPartFile() throws Exception {
        Path missingFolder = exportDir.resolve("no-such-folder").resolve("统计.xlsx");
        assertThatThrownBy(() -> new XlsxStatisticsExporter().export(viewModel.allTables(), missingFolder))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("statistics.export.failed"));
        viewModel.exportTo(StatisticsExporter.Format.CSV, missingFolder);
        assertThat(viewModel.messageProperty().get()).startsWith("统计无法写入文件");
        try (var files = Files.list(exportDir)) {
            assertThat(files).isEmpty();
        }
    }
}
