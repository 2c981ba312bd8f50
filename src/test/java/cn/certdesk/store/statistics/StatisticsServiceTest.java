package cn.certdesk.store.statistics;

import static cn.certdesk.store.statistics.StatisticsSeed.FROM;
import static cn.certdesk.store.statistics.StatisticsSeed.TO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.catalogue.CertificateGroup;
import cn.certdesk.domain.statistics.Counts;
import cn.certdesk.domain.statistics.StatisticsPeriod;
import cn.certdesk.domain.statistics.StatisticsReport;
import cn.certdesk.domain.statistics.StatisticsService;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.statistics.StatisticsSeed.Act;
import cn.certdesk.store.statistics.StatisticsSeed.Step;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15, R17: statistics of a seeded period against a real SQLite store, compared with figures the
 * test counts from its own seed list ({@link StatisticsSeed}).
 */
class StatisticsServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @TempDir
    static Path sharedDir;
    @TempDir
    Path ownDir;

    /** Played once for the class: the tests only read it. */
    private static StatisticsSeed shared;
    private StatisticsSeed seed;

    @BeforeAll
    static void play() {
        shared = StatisticsSeed.played(sharedDir, TODAY);
    }

    @AfterAll
    static void closeShared() {
        shared.close();
    }

    @BeforeEach
    void useShared() {
        seed = shared;
    }

    private StatisticsReport compute(LocalDate today, LocalDate from, LocalDate to) {
        assertThat(today).isEqualTo(TODAY);
        return service().compute(seed.desk.head, new StatisticsPeriod(from, to));
    }

    private StatisticsService service() {
        return new StatisticsService(seed.desk.events, seed.desk.catalogue,
                new SqliteOfficerRepository(seed.desk.database), seed.clock);
    }

    private static List<Long> figures(Counts counts) {
        return List.of((long) counts.issued(), (long) counts.refused(), (long) counts.voided(),
                (long) counts.reprinted());
    }

    @Test
    void R17_issuedRefusedVoidedAndReprintedByKindEqualTheSeedCounts() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);

        Map<String, List<Long>> nonZero = new TreeMap<>();
        report.byKind().stream().filter(row -> !figures(row.counts()).equals(List.of(0L, 0L, 0L, 0L)))
                .forEach(row -> nonZero.put(row.kindCode(), figures(row.counts())));
        assertThat(nonZero).isEqualTo(StatisticsSeed.byKind(FROM, TO));
        assertThat(figures(report.totals())).containsExactly(
                StatisticsSeed.count(Act.ISSUE, FROM, TO, step -> true),
                StatisticsSeed.count(Act.REFUSE, FROM, TO, step -> true),
                StatisticsSeed.count(Act.VOID, FROM, TO, step -> true),
                StatisticsSeed.count(Act.REPRINT, FROM, TO, step -> true));
        // Sanity of the seed itself: the boundaries are exercised (events just outside the period exist).
        assertThat(report.totals().issued()).isEqualTo(6);
    }

    @Test
    void R17_everyIssueKindIsListedEvenWithoutFiguresAndOutsideTheCatalogueComesLast() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        List<String> issueKinds = seed.desk.catalogue.inGroup(CertificateGroup.ISSUE).stream()
                .map(kind -> kind.code()).toList();
        assertThat(report.byKind()).extracting(StatisticsReport.KindRow::kindCode).containsAll(issueKinds);
        assertThat(report.byKind().getLast().kindCode()).isEqualTo(StatisticsSeed.OUTSIDE);
        assertThat(report.byKind().getLast().kindName()).isNull();
    }

    @Test
    void R17_figuresByMonthCountEachEventOnItsLocalDay() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        Map<YearMonth, List<Long>> actual = new LinkedHashMap<>();
        report.byMonth().forEach(row -> actual.put(row.month(), figures(row.counts())));
        assertThat(actual).containsExactlyEntriesOf(StatisticsSeed.byMonth(FROM, TO));
    }

    @Test
    void R15_refusalsOfIssuableKindsAreListedWithOfficerAndDay() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        List<String> expected = StatisticsSeed.STEPS.stream()
                .filter(step -> step.act() == Act.REFUSE && step.kind() != null && step.kind().startsWith("ISSUE_"))
                .filter(step -> !step.at().toLocalDate().isBefore(FROM) && !step.at().toLocalDate().isAfter(TO))
                .map(step -> step.at().toLocalDate() + " " + step.kind() + " " + step.by()).toList();
        assertThat(report.issuableRefusals())
                .extracting(refusal -> refusal.on() + " " + refusal.kindCode() + " " + refusal.officer().policeNumber())
                .containsExactlyElementsOf(expected);
        assertThat(expected).hasSize(2);
    }

    @Test
    void R13_R14_issuancesThroughOverridesAreCountedSeparatelyWithPreparerAndApprover() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        Map<Route, Long> expectedByRoute = new LinkedHashMap<>();
        for (Route route : Route.values()) {
            expectedByRoute.put(route, StatisticsSeed.count(Act.ISSUE, FROM, TO, step -> step.route() == route));
        }
        Map<Route, Long> actualByRoute = new LinkedHashMap<>();
        report.issuedByRoute().forEach(row -> actualByRoute.put(row.route(), (long) row.issued()));
        assertThat(actualByRoute).isEqualTo(expectedByRoute);
        List<String> expected = StatisticsSeed.STEPS.stream()
                .filter(step -> step.act() == Act.ISSUE && step.route().override())
                .map(step -> step.at().toLocalDate() + " " + step.kind() + " " + step.route() + " " + step.by() + "/"
                        + step.approver()).toList();
        assertThat(report.overrideIssuances()).extracting(issuance -> issuance.issuedOn() + " " + issuance.kindCode()
                        + " " + issuance.route() + " " + issuance.preparedBy().policeNumber() + "/"
                        + issuance.approvedBy().policeNumber())
                .containsExactlyElementsOf(expected);
        assertThat(report.overrideIssuances()).allSatisfy(issuance ->
                assertThat(issuance.certificateNumber()).isNotBlank());
        assertThat(report.overrideIssuedCount()).isEqualTo(2);
    }

    @Test
    void R09_overdueApplicationsAreThoseOpenPastTheirDueDateAtThePeriodsEnd() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        assertThat(report.overdueAsOf()).isEqualTo(TO);
        assertThat(report.overdue()).extracting(late -> late.kindCode() + " " + late.createdOn() + " " + late.dueDate())
                .containsExactlyElementsOf(StatisticsSeed.overdueAt(TO).stream()
                        .map(step -> step.kind() + " " + step.at().toLocalDate() + " " + step.due()).toList());
        assertThat(report.overdue()).hasSize(2);
        assertThat(report.overdue().getLast().daysOverdue()).isEqualTo(3);
    }

    @Test
    void R09_anApplicationVoidedAfterThePeriodWasStillOverdueAtItsEnd() {
        LocalDate endOfOctober = LocalDate.of(2026, 10, 31);
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, endOfOctober);
        List<Step> expected = StatisticsSeed.overdueAt(endOfOctober);
        assertThat(expected).hasSize(1);
        assertThat(report.overdue()).extracting(late -> late.createdOn() + " " + late.status())
                .containsExactly(expected.getFirst().at().toLocalDate() + " CREATED");
    }

    @Test
    void R09_aPeriodRunningIntoTheFutureTakesOverdueAtToday() {
        LocalDate today = LocalDate.of(2026, 12, 5);
        StatisticsReport report = compute(today, FROM, LocalDate.of(2026, 12, 31));
        assertThat(report.overdueAsOf()).isEqualTo(today);
        List<Step> expected = StatisticsSeed.overdueAt(today);
        assertThat(expected).hasSize(3);
        assertThat(report.overdue()).extracting(late -> late.kindCode() + " " + late.createdOn() + " " + late.dueDate())
                .containsExactlyElementsOf(expected.stream()
                        .map(step -> step.kind() + " " + step.at().toLocalDate() + " " + step.due()).toList());
    }

    @Test
    void R15_perOfficerCountsEqualWhatEachOfficerDidInTheSeed() {
        StatisticsReport report = compute(LocalDate.of(2026, 12, 5), FROM, TO);
        Map<String, List<Long>> actual = new TreeMap<>();
        for (StatisticsReport.OfficerRow row : report.officers()) {
            actual.put(row.officer().policeNumber(), List.of((long) row.created(), (long) row.overridesCreated(),
                    (long) row.printed(), (long) row.issued(), (long) row.refused(), (long) row.voided(),
                    (long) row.reprinted(), (long) row.approved(), (long) row.rejected()));
        }
        assertThat(actual).isEqualTo(StatisticsSeed.byOfficer(FROM, TO));
        assertThat(report.officers()).extracting(row -> row.officer().name()).contains("户籍甲", "所长丙");
    }

    @Test
    void R15_statisticsComeFromTheEventLogNotFromTheProjection() throws Exception {
        seed = StatisticsSeed.played(ownDir, TODAY); // this test changes the store: its own copy
        StatisticsReport before = service().compute(seed.desk.head, new StatisticsPeriod(FROM, TO));
        try (Statement statement = seed.desk.database.connection().createStatement()) {
            statement.executeUpdate("DELETE FROM application");
        }
        StatisticsReport after = service().compute(seed.desk.head, new StatisticsPeriod(FROM, TO));
        assertThat(after.totals()).isEqualTo(before.totals());
        assertThat(after.overdue()).hasSameSizeAs(before.overdue());
        seed.close();
    }

    @Test
    void R16_onlyTheStationHeadMaySeeTheStatistics() {
        assertThatThrownBy(() -> service().compute(seed.desk.household, new StatisticsPeriod(FROM, TO)))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("permission.denied"));
    }

    @Test
    void R16_theStatisticsPermissionIsTheStationHeadsAndNotTheAdministrators() {
        assertThat(cn.certdesk.domain.officer.Role.STATION_HEAD.permissions())
                .contains(cn.certdesk.domain.officer.Permission.VIEW_STATISTICS);
        assertThat(cn.certdesk.domain.officer.Role.ADMINISTRATOR.permissions())
                .doesNotContain(cn.certdesk.domain.officer.Permission.VIEW_STATISTICS);
        assertThat(cn.certdesk.domain.officer.Role.HOUSEHOLD_OFFICER.permissions())
                .doesNotContain(cn.certdesk.domain.officer.Permission.VIEW_STATISTICS);
    }

    @Test
    void aReversedPeriodIsRefusedWithItsOwnMessage() {
        assertThatThrownBy(() -> new StatisticsPeriod(TO, FROM)).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("statistics.period.reversed"));
        assertThatThrownBy(() -> new StatisticsPeriod(null, TO)).isInstanceOfSatisfying(CertDeskException.class,
                e -> assertThat(e.messageKey()).isEqualTo("statistics.period.missing"));
    }
}
