package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.HistoryQuery;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.testing.NcrApplications;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate applications against a real SQLite store (no mocks). */
class ApplicationServiceTest {

    private static final String KINSHIP = "ISSUE_KINSHIP";
    private static final String ABNORMAL_DEATH = "ISSUE_ABNORMAL_DEATH";
    private static final String NO_CRIMINAL_RECORD = "ISSUE_NO_CRIMINAL_RECORD";
    private static final String ABOLISHED_NAME = "EXCHANGE_NAME";
    private static final String ID_NUMBER = "220102199003071234";

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Application kinship(String name, String idNumber) {
        return desk.applications.create(desk.household, desk.application(KINSHIP, name, idNumber));
    }

    private Application abnormalDeath() {
        return desk.applications.create(desk.community, desk.application(ABNORMAL_DEATH, "张三", ID_NUMBER)
                .withVerificationRecord(Map.of("incidentNumber", "J2201020000001")));
    }

    private Application issue(Application application) {
        desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob());
        return desk.applications.confirmIssued(desk.household, application.id());
    }

    /** R14: the request naming one of the listed special cases. */
    private static NewApplication specialCase(NewApplication request, String code) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(request.fieldValues());
        fields.put(OverrideCertificate.SPECIAL_CASE, code);
        return new NewApplication(request.kindCode(), request.applicant(), request.agent(), fields,
                request.verificationRecord(), request.stub(), request.route(), request.overrideReason());
    }

    private static String key(Throwable thrown) {
        return ((CertDeskException) thrown).messageKey();
    }

    @Test
    void certificateNumbersRunGapFreeFromOneAndAreUniquePerDeskAndYear() {
        List<Integer> sequences = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Application application = kinship("李四", ID_NUMBER);
            assertThat(application.number().stationCode()).isEqualTo(ApplicationDesk.STATION_CODE);
            assertThat(application.number().deskCode()).isEqualTo(ApplicationDesk.DESK_CODE);
            assertThat(application.number().year()).isEqualTo(2026);
            sequences.add(application.number().sequence());
        }
        assertThat(sequences).containsExactly(1, 2, 3, 4, 5);
        clock.advance(Duration.ofDays(40)); // 2027-01-02
        assertThat(kinship("李四", ID_NUMBER).number().text()).isEqualTo("220102001001-01-2027-000001");
    }

    @Test
    void aRolledBackCreationGivesItsNumberBack() {
        assertThatThrownBy(() -> desk.transactions.inTransaction(() -> {
            kinship("李四", ID_NUMBER);
            throw new IllegalStateException("power cut in the middle");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(kinship("李四", ID_NUMBER).number().sequence()).isEqualTo(1);
        assertThat(desk.applications.history(HistoryQuery.any())).hasSize(1);
    }

    @Test
    void aRefusedCreationUsesNoNumber() {
        assertThatThrownBy(() -> desk.applications.create(desk.community, desk.application(KINSHIP, "李四",
                ID_NUMBER))).satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        assertThat(kinship("李四", ID_NUMBER).number().sequence()).isEqualTo(1);
    }

    @Test
    void R09_onTheSpotKindsAreDueTheSameDay() {
        Application application = kinship("李四", ID_NUMBER);
        assertThat(application.due().date()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(application.due().estimated()).isFalse();
    }

    @Test
    void R09_investigationKindsAreDueFiveWorkingDaysLaterAcrossTheSpringFestival() {
        MutableClock beforeFestival = new MutableClock(Instant.parse("2026-02-12T02:00:00Z"), clock.getZone());
        desk.close();
        desk = ApplicationDesk.open(dataDir, beforeFestival);
        // Thu 12 Feb: 13 Feb, Sat 14 Feb (adjusted working day), holiday 15–23 Feb, then 24, 25, 26 Feb.
        Application application = abnormalDeath();
        assertThat(application.due().date()).isEqualTo(LocalDate.of(2026, 2, 26));
        assertThat(application.due().estimated()).isFalse();
    }

    @Test
    void R09_aDueDateInAYearTheCalendarDoesNotCoverIsMarkedEstimated() {
        clock.advance(Duration.ofDays(38)); // Thu 2026-12-31: the 5 working days run into 2027
        Application application = abnormalDeath();
        assertThat(application.due().estimated()).isTrue();
        assertThat(desk.applications.openApplications()).singleElement()
                .satisfies(summary -> assertThat(summary.dueEstimated()).isTrue());
    }

    @Test
    void R06_registerCertificatesNeedTheSignedStub() {
        var withoutStub = desk.application(KINSHIP, "李四", ID_NUMBER);
        var request = new cn.certdesk.domain.application.NewApplication(withoutStub.kindCode(),
                withoutStub.applicant(), null, withoutStub.fieldValues(), Map.of(), null, Route.NORMAL, null);
        assertThatThrownBy(() -> desk.applications.create(desk.household, request))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.stub.required"));
    }

    @Test
    void R06_registerCertificatesNeedTheIssueRegisterPermission() {
        assertThatThrownBy(() -> desk.applications.create(desk.community, desk.application(KINSHIP, "李四",
                ID_NUMBER))).satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
    }

    @Test
    void R06_registerCertificatesPrintWithoutApprovalAndAreIssuedOnConfirmation() {
        Application issued = issue(kinship("李四", ID_NUMBER));
        assertThat(issued.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(desk.events.forAggregate(issued.id())).extracting(RecordEvent::eventType)
                .containsExactly(ApplicationEvents.CREATED, "print-sent", "issued");
    }

    @Test
    void R07_abnormalDeathCannotPrintBeforeTheStationHeadApproves() {
        Application application = abnormalDeath();
        assertThatThrownBy(() -> desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.approval.required"));
        desk.applications.requestApproval(desk.community, application.id());
        assertThatThrownBy(() -> desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.awaiting.approval"));
        assertThat(desk.applications.approve(desk.head, application.id()).approvedBy()).contains(desk.head.id());
        desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob());
        assertThat(desk.applications.confirmIssued(desk.community, application.id()).status())
                .isEqualTo(ApplicationStatus.ISSUED);
    }

    @Test
    void R07_community_officerPreparesVerifiedCertificatesAndTheHouseholdOfficerMayNot() {
        assertThatThrownBy(() -> desk.applications.create(desk.household, desk.application(ABNORMAL_DEATH, "张三",
                ID_NUMBER))).satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
    }

    @Test
    void R12_noCriminalRecordCannotPrintBeforeApprovalAndARejectedOneNever() {
        Application application = desk.applications.create(desk.household,
                desk.application(NO_CRIMINAL_RECORD, "王五", ID_NUMBER)
                        .withVerificationRecord(NcrApplications.nothingFound()));
        desk.applications.requestApproval(desk.household, application.id());
        assertThatThrownBy(() -> desk.applications.reject(desk.head, application.id(), " "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.reject.reason.required"));
        Application rejected = desk.applications.reject(desk.head, application.id(), "出国用途材料不全");
        assertThat(rejected.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.rejectionReason()).contains("出国用途材料不全");
        assertThatThrownBy(() -> desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.rejected"));
    }

    @Test
    void fourEyes_nobodyApprovesTheirOwnApplication() {
        Application application = desk.applications.create(desk.preparingHead,
                desk.application(ABNORMAL_DEATH, "张三", ID_NUMBER));
        desk.applications.requestApproval(desk.preparingHead, application.id());
        assertThatThrownBy(() -> desk.applications.approve(desk.preparingHead, application.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.four.eyes"));
        assertThatThrownBy(() -> desk.applications.reject(desk.preparingHead, application.id(), "理由"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.four.eyes"));
        assertThat(desk.applications.approve(desk.head, application.id()).status())
                .isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void onlyAStationHeadApproves() {
        Application application = abnormalDeath();
        desk.applications.requestApproval(desk.community, application.id());
        assertThatThrownBy(() -> desk.applications.approve(desk.household, application.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
    }

    @Test
    void R01_aKindOutsideTheIssueGroupIsNotIssuedOnTheNormalRoute() {
        assertThatThrownBy(() -> desk.applications.create(desk.household, desk.application(ABOLISHED_NAME, "李四",
                ID_NUMBER))).satisfies(e -> assertThat(key(e)).isEqualTo("application.kind.not.issuable"));
    }

    @Test
    void R13_transitionOverrideNeedsAReasonAndApprovalAndIsRecordedAsSuch() {
        var request = desk.application(ABOLISHED_NAME, "李四", ID_NUMBER);
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                request.withRoute(Route.TRANSITION_OVERRIDE, "  ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.override.reason.required"));
        Application application = desk.applications.create(desk.household,
                request.withRoute(Route.TRANSITION_OVERRIDE, "过渡期内单位仍要求"));
        assertThat(application.route()).isEqualTo(Route.TRANSITION_OVERRIDE);
        assertThat(application.details().overrideReason()).isEqualTo("过渡期内单位仍要求");
        assertThat(application.approvalRequired()).isTrue();
        assertThatThrownBy(() -> desk.applications.print(desk.household, application.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.approval.required"));
        desk.applications.requestApproval(desk.household, application.id());
        desk.applications.approve(desk.head, application.id());
        assertThat(issue(application).status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(desk.applications.history(HistoryQuery.any())).singleElement()
                .satisfies(summary -> assertThat(summary.route()).isEqualTo(Route.TRANSITION_OVERRIDE));
    }

    @Test
    void R13_transitionOverrideIsRefusedAfterTheTransitionPeriod() {
        desk.close();
        desk = ApplicationDesk.open(dataDir, clock, LocalDate.of(2026, 11, 22));
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                desk.application(ABOLISHED_NAME, "李四", ID_NUMBER).withRoute(Route.TRANSITION_OVERRIDE, "理由")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.transition.ended"));
    }

    @Test
    void R14_specialCaseOverrideNeedsAReasonAndApprovalAndIsCountedSeparately() throws SQLException {
        var request = specialCase(desk.application(KINSHIP, "李四", ID_NUMBER), "GOING_ABROAD");
        assertThatThrownBy(() -> desk.applications.create(desk.household,
                request.withRoute(Route.SPECIAL_CASE_OVERRIDE, null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.override.reason.required"));
        Application special = desk.applications.create(desk.household,
                request.withRoute(Route.SPECIAL_CASE_OVERRIDE, "出省维权，特事特办"));
        assertThatThrownBy(() -> desk.applications.print(desk.household, special.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.approval.required"));
        kinship("王五", ID_NUMBER);
        assertThat(routeCounts()).containsEntry("NORMAL", 1L).containsEntry("SPECIAL_CASE_OVERRIDE", 1L);
    }

    @Test
    void voidNeedsAReasonAndRecordsWhoAndWhen() {
        Application application = kinship("李四", ID_NUMBER);
        assertThatThrownBy(() -> desk.applications.void_(desk.household, application.id(), ""))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.void.reason.required"));
        clock.advance(Duration.ofMinutes(5));
        Application voided = desk.applications.void_(desk.household, application.id(), "填写错误");
        assertThat(voided.status()).isEqualTo(ApplicationStatus.VOIDED);
        assertThat(voided.voidReason()).contains("填写错误");
        RecordEvent event = desk.events.forAggregate(application.id()).getLast();
        assertThat(event.eventType()).isEqualTo(ApplicationEvents.VOIDED);
        assertThat(event.officerId()).contains(desk.household.id());
        assertThat(event.occurredAt()).isEqualTo(clock.instant());
        assertThat(desk.applications.openApplications()).isEmpty();
    }

    @Test
    void voidingAnIssuedCertificateCancelsThePaperAndOnlyTheIssuingOfficerMayDoIt() {
        Application issued = issue(kinship("李四", ID_NUMBER));
        assertThatThrownBy(() -> desk.applications.void_(desk.community, issued.id(), "错误"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        Application voided = desk.applications.void_(desk.household, issued.id(), "证明内容有误，收回作废");
        assertThat(voided.issuedBeforeVoid()).isTrue();
        assertThatThrownBy(() -> desk.applications.void_(desk.household, issued.id(), "再次"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.voided"));
    }

    @Test
    void reprintsOfAnIssuedCertificateAreCounted() {
        Application application = kinship("李四", ID_NUMBER);
        assertThatThrownBy(() -> desk.applications.recordReprint(desk.household, application.id(), "污损"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.not.issued"));
        issue(application);
        assertThatThrownBy(() -> desk.applications.recordReprint(desk.household, application.id(), ""))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.reprint.reason.required"));
        desk.applications.recordReprint(desk.household, application.id(), "纸张污损");
        assertThat(desk.applications.recordReprint(desk.household, application.id(), "申请人遗失").reprintCount())
                .isEqualTo(2);
        assertThat(desk.applications.history(HistoryQuery.any())).singleElement()
                .satisfies(summary -> assertThat(summary.reprintCount()).isEqualTo(2));
    }

    @Test
    void R02_aRefusalIsRecordedWithKindReasonOfficerAndTime() {
        Refusal refusal = desk.applications.recordRefusal(desk.household,
                new RefusalRequest(ABOLISHED_NAME, null, "姓名以居民身份证为准，无需开具证明"));
        Refusal stored = desk.applications.refusal(refusal.id());
        assertThat(stored.kindAsked()).isEqualTo(ABOLISHED_NAME);
        assertThat(stored.group()).isEqualTo(desk.catalogue.byCode(ABOLISHED_NAME).orElseThrow().group().code());
        assertThat(stored.reasonShown()).isEqualTo("姓名以居民身份证为准，无需开具证明");
        assertThat(stored.officerId()).isEqualTo(desk.household.id());
        assertThat(stored.recordedAt()).isEqualTo(clock.instant());
        assertThat(desk.events.forAggregate(refusal.id())).singleElement().satisfies(event -> {
            assertThat(event.aggregateType()).isEqualTo(ApplicationEvents.REFUSAL_AGGREGATE);
            assertThat(event.eventType()).isEqualTo(ApplicationEvents.REFUSAL_RECORDED);
        });
        assertThat(desk.applications.history(HistoryQuery.any())).isEmpty(); // no certificate number used
    }

    @Test
    void R01_R02_aRequestOutsideTheCatalogueIsRecordedInTheApplicantsWords() {
        assertThatThrownBy(() -> desk.applications.recordRefusal(desk.household, new RefusalRequest(null, null, "理由")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("input.empty"));
        assertThatThrownBy(() -> desk.applications.recordRefusal(desk.household,
                new RefusalRequest(null, "学历证明", " ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("refusal.reason.required"));
        Refusal refusal = desk.applications.recordRefusal(desk.household,
                new RefusalRequest(null, "学历证明", "学历不属于公安机关职责，请联系学校或教育部门"));
        assertThat(refusal.group()).isEqualTo(ApplicationEvents.OUTSIDE_CATALOGUE);
        assertThat(desk.applications.refusal(refusal.id()).requestText()).isEqualTo("学历证明");
    }

    @Test
    void R09_openApplicationsShowOverdueFirstThenByDueDate() {
        Application overdue = abnormalDeath(); // due Mon 2026-11-30
        clock.advance(Duration.ofDays(8)); // Tue 2026-12-01
        Application later = abnormalDeath(); // due Tue 2026-12-08
        Application today = kinship("李四", ID_NUMBER); // due today
        issue(kinship("王五", ID_NUMBER));
        List<ApplicationSummary> open = desk.applications.openApplications();
        assertThat(open).extracting(ApplicationSummary::id).containsExactly(overdue.id(), today.id(), later.id());
        assertThat(open).extracting(ApplicationSummary::overdue).containsExactly(true, false, false);
    }

    @Test
    void historyFindsApplicationsByEachCriterion() {
        Application first = kinship("李四", ID_NUMBER);
        clock.advance(Duration.ofDays(2));
        Application second = abnormalDeath();
        Application third = issue(kinship("李四光", "220102198001011239"));
        HistoryQuery any = HistoryQuery.any();
        assertThat(ids(any.withCertificateNumber(second.number().text()))).containsExactly(second.id());
        assertThat(ids(any.withApplicantName("李四"))).containsExactlyInAnyOrder(first.id(), third.id());
        assertThat(ids(any.withIdNumber(ID_NUMBER))).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(ids(any.withCreatedBetween(LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 25))))
                .containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(ids(any.withKind(ABNORMAL_DEATH))).containsExactly(second.id());
        assertThat(ids(any.withStatus(ApplicationStatus.ISSUED))).containsExactly(third.id());
        assertThat(ids(any.withApplicantName("李四").withStatus(ApplicationStatus.CREATED)))
                .containsExactly(first.id());
    }

    @Test
    void R16_listsShowMaskedIdNumbersAndFlagManualEntries() {
        kinship("李四", ID_NUMBER);
        assertThat(desk.applications.openApplications()).singleElement().satisfies(summary -> {
            assertThat(summary.maskedIdNumber()).isEqualTo("220102********1234");
            assertThat(summary.applicantChecked()).isFalse();
            assertThat(summary.toString()).doesNotContain("李四").doesNotContain(ID_NUMBER);
        });
    }

    @Test
    void theProjectionRebuiltFromTheEventsEqualsTheLiveProjection() throws SQLException {
        Application voided = kinship("李四", ID_NUMBER);
        desk.applications.void_(desk.household, voided.id(), "填错");
        Application issued = issue(kinship("王五", ID_NUMBER));
        desk.applications.recordReprint(desk.household, issued.id(), "污损");
        Application approved = abnormalDeath();
        desk.applications.requestApproval(desk.community, approved.id());
        clock.advance(Duration.ofHours(1));
        desk.applications.approve(desk.head, approved.id());
        desk.applications.create(desk.household, desk.application(ABOLISHED_NAME, "赵六", ID_NUMBER)
                .withRoute(Route.TRANSITION_OVERRIDE, "过渡期"));
        desk.applications.recordRefusal(desk.household, new RefusalRequest(ABOLISHED_NAME, null, "理由"));
        List<Map<String, Object>> live = projectionRows();
        try (Statement statement = desk.database.connection().createStatement()) {
            statement.executeUpdate("DELETE FROM application");
        }
        assertThat(desk.applications.rebuildProjection()).isEqualTo(4);
        assertThat(projectionRows()).isEqualTo(live).hasSize(4);
    }

    @Test
    void theStoredApplicationIsTheOneReplayedFromItsEventsAfterReopening() {
        Application created = abnormalDeath();
        desk.close();
        desk = ApplicationDesk.open(dataDir, clock);
        Application reopened = desk.applications.get(created.id());
        assertThat(reopened).isEqualTo(created);
        assertThat(reopened.details().verificationRecord()).containsEntry("incidentNumber", "J2201020000001");
        assertThat(reopened.applicant().checkedAgainstRegister()).isFalse();
    }

    private List<UUID> ids(HistoryQuery query) {
        return desk.applications.history(query).stream().map(ApplicationSummary::id).toList();
    }

    private Map<String, Long> routeCounts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT route, count(*) FROM application GROUP BY route")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    private List<Map<String, Object>> projectionRows() throws SQLException {
        return ProjectionRows.read(desk.database.connection());
    }
}
