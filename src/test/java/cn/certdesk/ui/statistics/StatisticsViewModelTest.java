package cn.certdesk.ui.statistics;

import static cn.certdesk.store.statistics.StatisticsSeed.FROM;
import static cn.certdesk.store.statistics.StatisticsSeed.TO;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsService;
import cn.certdesk.domain.statistics.StatisticsTable;
import cn.certdesk.printing.export.CsvStatisticsExporter;
import cn.certdesk.printing.export.XlsxStatisticsExporter;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.statistics.StatisticsSeed;
import cn.certdesk.store.statistics.StatisticsSeed.Act;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics screen's logic without a toolkit, on a seeded real store (R15, R17). */
class StatisticsViewModelTest {

    @TempDir
    static Path dataDir;
    @TempDir
    Path exportDir;

    private static StatisticsSeed seed;
    private final List<String> chooserAsked = new ArrayList<>();

    @BeforeAll
    static void play() {
        seed = StatisticsSeed.played(dataDir, LocalDate.of(2026, 12, 5));
    }

    @AfterAll
    static void close() {
        seed.close();
    }

    private StatisticsViewModel viewModel(Officer officer) {
        StatisticsService service = new StatisticsService(seed.desk.events, seed.desk.catalogue,
                new SqliteOfficerRepository(seed.desk.database), seed.clock);
        return new StatisticsViewModel(officer, seed.desk.station.name(), service, format -> switch (format) {
            case CSV -> new CsvStatisticsExporter();
            case XLSX -> new XlsxStatisticsExporter();
        }, seed.clock, TaskRunner.sameThread(), new Messages(Messages.CHINESE));
    }

    private StatisticsViewModel computedForHead() {
        StatisticsViewModel viewModel = viewModel(seed.desk.head);
        viewModel.fromProperty().set(FROM);
        viewModel.toProperty().set(TO);
        viewModel.compute();
        return viewModel;
    }

    @Test
    void theDefaultPeriodIsThisMonthUpToToday() {
        StatisticsViewModel viewModel = viewModel(seed.desk.head);
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2026, 12, 5));
        viewModel.lastMonth();
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2026, 11, 30));
        viewModel.thisYear();
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2026, 1, 1));
    }

    @Test
    void R17_computingFillsEveryTableAndTheSummaryLineReadsTheSeededFigures() {
        StatisticsViewModel viewModel = computedForHead();
        for (StatisticsViewModel.Section section : StatisticsViewModel.Section.values()) {
            assertThat(viewModel.tableProperty(section).get()).as(section.name()).isNotNull();
        }
        long issued = StatisticsSeed.count(Act.ISSUE, FROM, TO, step -> true);
        long refused = StatisticsSeed.count(Act.REFUSE, FROM, TO, step -> true);
        assertThat(viewModel.summaryProperty().get()).startsWith("出具 " + issued + " 份，不予出具 " + refused + " 次")
                .contains("截至 2026-11-30 逾期未办结 " + StatisticsSeed.overdueAt(TO).size() + " 件");
        assertThat(viewModel.messageProperty().get()).isEqualTo("已统计 2026-10-01 至 2026-11-30。");
        StatisticsTable officers = viewModel.tableProperty(StatisticsViewModel.Section.OFFICERS).get();
        assertThat(officers.rows()).extracting(row -> row.getFirst())
                .contains("户籍甲（警号 100001）", "所长丙（警号 100003）");
    }

    @Test
    void R15_theIssuableRefusalsTableNamesKindOfficerAndReason() {
        StatisticsTable refusals = computedForHead().tableProperty(StatisticsViewModel.Section.ISSUABLE_REFUSALS).get();
        assertThat(refusals.headers()).containsExactly("日期", "证明种类", "民警", "告知理由");
        assertThat(refusals.rows()).containsExactly(
                List.of("2026-10-13", "无违法犯罪记录核查证明", "户籍甲（警号 100001）", "按规定不予出具"),
                List.of("2026-11-09", "亲属关系证明", "社区乙（警号 100002）", "按规定不予出具"));
    }

    @Test
    void aReversedPeriodGetsAChineseMessageAndTheFiguresOnScreenStay() {
        StatisticsViewModel viewModel = computedForHead();
        StatisticsTable shown = viewModel.tableProperty(StatisticsViewModel.Section.BY_KIND).get();
        viewModel.fromProperty().set(TO);
        viewModel.toProperty().set(FROM);
        viewModel.compute();
        assertThat(viewModel.messageProperty().get()).isEqualTo("起始日期 2026-11-30 晚于截止日期 2026-10-01，请改正。");
        assertThat(viewModel.tableProperty(StatisticsViewModel.Section.BY_KIND).get()).isSameAs(shown);
        viewModel.fromProperty().set(null);
        viewModel.compute();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写起始日期和截止日期（格式如 2026-11-01）。");
    }

    @Test
    void exportingBeforeComputingSaysSoAndAsksForNoFile() {
        StatisticsViewModel viewModel = viewModel(seed.desk.head);
        viewModel.setTargetChooser((format, name) -> {
            chooserAsked.add(name);
            return Optional.empty();
        });
        viewModel.export(StatisticsExporter.Format.XLSX);
        assertThat(viewModel.messageProperty().get()).isEqualTo("请先统计，再导出。");
        assertThat(chooserAsked).isEmpty();
    }

    @Test
    void R17_exportAsksTheChooserWithANameForThePeriodAndWritesThere() throws Exception {
        StatisticsViewModel viewModel = computedForHead();
        Path target = exportDir.resolve("chosen.xlsx");
        viewModel.setTargetChooser((format, name) -> {
            chooserAsked.add(name);
            return Optional.of(target);
        });
        viewModel.export(StatisticsExporter.Format.XLSX);
        assertThat(chooserAsked).containsExactly("证明统计_2026-10-01_2026-11-30.xlsx");
        assertThat(target).isRegularFile();
        assertThat(Files.size(target)).isPositive();
        assertThat(viewModel.messageProperty().get()).isEqualTo("已导出：" + target);
    }

    @Test
    void aCancelledChooserWritesNothing() throws Exception {
        StatisticsViewModel viewModel = computedForHead();
        viewModel.setTargetChooser((format, name) -> Optional.empty());
        viewModel.export(StatisticsExporter.Format.CSV);
        try (var files = Files.list(exportDir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void R16_anOfficerWithoutTheStatisticsPermissionIsToldSo() {
        StatisticsViewModel viewModel = viewModel(seed.desk.household);
        viewModel.compute();
        assertThat(viewModel.reportProperty().get()).isNull();
        assertThat(viewModel.messageProperty().get()).isEqualTo(
                new Messages(Messages.CHINESE).get("permission.denied"));
    }
}
