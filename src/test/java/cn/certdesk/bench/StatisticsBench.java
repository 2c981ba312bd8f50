package cn.certdesk.bench;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.statistics.StatisticsExporter;
import cn.certdesk.domain.statistics.StatisticsPeriod;
import cn.certdesk.domain.statistics.StatisticsService;
import cn.certdesk.printing.export.CsvStatisticsExporter;
import cn.certdesk.printing.export.XlsxStatisticsExporter;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.statistics.StatisticsViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Statistics timings (R15, R17) on a desk with a year of work. Not a test.
 *
 * <pre>
 *   StatisticsBench DATA_DIR [APPLICATIONS]   (default 3,000: a busy station's year after the reform;
 *                                              0 measures a store seeded by an earlier run)
 * </pre>
 *
 * Seeds through the real {@code ApplicationService} (each application created, printed and
 * confirmed; every 4th visit also a refusal, every 25th application voided), spread over 2026,
 * then prints: the event count; the median and maximum of 10 runs of {@code compute} for the
 * year (after one warm-up); the first (cold: POI class loading) and a warm XLSX export and a CSV
 * export of the same tables, in milliseconds.
 */
public final class StatisticsBench {

    private StatisticsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        int applications = args.length > 1 ? Integer.parseInt(args[1]) : 3_000;
        MutableClock clock = new MutableClock(Instant.parse("2026-01-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
        try (ApplicationDesk desk = ApplicationDesk.open(dataDir, clock)) {
            long seedStart = System.nanoTime();
            Duration step = Duration.ofMinutes(360L * 24 * 60 / Math.max(1, applications));
            for (int i = 0; i < applications; i++) {
                Application created = desk.applications.create(desk.household,
                        desk.application("ISSUE_KINSHIP", "张三", "220102199003071234"));
                desk.applications.print(desk.household, created.id(), ApplicationDesk.printJob());
                desk.applications.confirmIssued(desk.household, created.id());
                if (i % 25 == 0) {
                    desk.applications.void_(desk.household, created.id(), "申请人撤回");
                }
                if (i % 4 == 0) {
                    desk.applications.recordRefusal(desk.household,
                            new RefusalRequest("EXCHANGE_NAME", null, "以居民身份证为准"));
                }
                clock.advance(step);
            }
            long events = desk.events.after(0, Integer.MAX_VALUE).size();
            System.out.printf("seeded %d applications, %d events in %d ms%n", applications, events,
                    (System.nanoTime() - seedStart) / 1_000_000);

            StatisticsService service = new StatisticsService(desk.events, desk.catalogue,
                    new SqliteOfficerRepository(desk.database), clock);
            StatisticsPeriod year = new StatisticsPeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            service.compute(desk.head, year);
            List<Double> runs = new ArrayList<>();
            for (int run = 0; run < 10; run++) {
                long start = System.nanoTime();
                service.compute(desk.head, year);
                runs.add((System.nanoTime() - start) / 1e6);
            }
            Collections.sort(runs);
            System.out.printf("compute(year): median %.1f ms, max %.1f ms (10 runs)%n",
                    (runs.get(4) + runs.get(5)) / 2, runs.get(9));

            StatisticsViewModel viewModel = new StatisticsViewModel(desk.head, desk.station.name(), service,
                    format -> format == StatisticsExporter.Format.CSV ? new CsvStatisticsExporter()
                            : new XlsxStatisticsExporter(), clock, TaskRunner.sameThread(),
                    new Messages(Messages.CHINESE));
            viewModel.fromProperty().set(year.from());
            viewModel.toProperty().set(year.to());
            viewModel.compute();
            for (String label : List.of("xlsx cold", "xlsx warm")) {
                long start = System.nanoTime();
                viewModel.exportTo(StatisticsExporter.Format.XLSX, dataDir.resolve("bench.xlsx"));
                System.out.printf("%s: %d ms (%d bytes)%n", label, (System.nanoTime() - start) / 1_000_000,
                        Files.size(dataDir.resolve("bench.xlsx")));
            }
            long start = System.nanoTime();
            viewModel.exportTo(StatisticsExporter.Format.CSV, dataDir.resolve("bench.csv"));
            System.out.printf("csv: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
    }
}
