package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.ApprovalDesk;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The station head's decisions with password re-entry, against a real SQLite store (no mocks of the store). */
class ApprovalDeskTest {

    private static final String KINSHIP = "ISSUE_KINSHIP";
    private static final String ABNORMAL_DEATH = "ISSUE_ABNORMAL_DEATH";
    private static final String ABANDONED_CHILD = "ISSUE_ABANDONED_CHILD";
    private static final String NO_CRIMINAL_RECORD = "ISSUE_NO_CRIMINAL_RECORD";
    private static final String ABOLISHED_NAME = "EXCHANGE_NAME";
    private static final String ID_NUMBER = "220102199003071234";

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;
    private ApprovalDesk approvals;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        approvals = new ApprovalDesk(desk.applications, desk.accounts,
                (template, fields, header) -> ("%PDF " + template + " " + header.number())
                        .getBytes(StandardCharsets.US_ASCII), clock);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static char[] password() {
        return ApplicationDesk.PASSWORD.toCharArray();
    }

    private static String key(Throwable thrown) {
        return ((CertDeskException) thrown).messageKey();
    }

    private Application awaitingApproval(String kindCode) {
        Application application = desk.applications.create(desk.community, desk.application(kindCode, "张三", ID_NUMBER)
                .withVerificationRecord(Map.of("incidentNumber", "J2201020000001")));
        return desk.applications.requestApproval(desk.community, application.id());
    }

    private long eventCount() {
        return desk.events.after(0, 100_000).size();
    }

    @Test
    void R07_theHeadApprovesWithTheirPasswordAndTheOfficerCanThenPrint() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        ApprovalDesk.Outcome outcome = approvals.approve(desk.head, password(), application.id());
        assertThat(outcome).isInstanceOfSatisfying(ApprovalDesk.Decided.class, decided -> {
            assertThat(decided.application().status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(decided.application().approvedBy()).contains(desk.head.id());
        });
        RecordEvent approved = desk.events.forAggregate(application.id()).getLast();
        assertThat(approved.eventType()).isEqualTo(ApplicationEvents.APPROVED);
        assertThat(approved.officerId()).contains(desk.head.id());
        assertThat(approvals.queue()).isEmpty();
        desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob());
        assertThat(desk.applications.confirmIssued(desk.community, application.id()).status())
                .isEqualTo(ApplicationStatus.ISSUED);
    }

    @Test
    void R12_theHeadRejectsWithAReasonAndTheOfficerSeesItOnTheHomeList() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        assertThatThrownBy(() -> approvals.reject(desk.head, password(), application.id(), "  "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.reject.reason.required"));
        ApprovalDesk.Outcome outcome = approvals.reject(desk.head, password(), application.id(), "接处警记录号不符");
        assertThat(outcome).isInstanceOfSatisfying(ApprovalDesk.Decided.class, decided ->
                assertThat(decided.application().rejectionReason()).contains("接处警记录号不符"));
        assertThat(desk.applications.openApplications()).singleElement().satisfies(summary -> {
            assertThat(summary.status()).isEqualTo(ApplicationStatus.REJECTED);
            assertThat(summary.rejectionReason()).isEqualTo("接处警记录号不符");
            assertThat(summary.officerId()).isEqualTo(desk.community.id());
            assertThat(summary.overdue()).isFalse();
        });
        assertThatThrownBy(() -> desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.rejected"));
    }

    @Test
    void aRejectedApplicationLeavesTheHomeListWhenItsOfficerVoidsIt() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        approvals.reject(desk.head, password(), application.id(), "材料不全");
        desk.applications.void_(desk.community, application.id(), "已告知申请人");
        assertThat(desk.applications.openApplications()).isEmpty();
    }

    @Test
    void fourEyes_aHeadWhoPreparedTheApplicationCanNeitherApproveNorRejectIt() {
        Application own = desk.applications.create(desk.preparingHead,
                desk.application(ABNORMAL_DEATH, "张三", ID_NUMBER));
        desk.applications.requestApproval(desk.preparingHead, own.id());
        long before = eventCount();
        assertThatThrownBy(() -> approvals.approve(desk.preparingHead, password(), own.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.four.eyes"));
        assertThatThrownBy(() -> approvals.reject(desk.preparingHead, password(), own.id(), "理由"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.four.eyes"));
        assertThat(eventCount()).isEqualTo(before);
        assertThat(desk.applications.get(own.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(approvals.approve(desk.head, password(), own.id())).isInstanceOf(ApprovalDesk.Decided.class);
    }

    @Test
    void aWrongPasswordRecordsNothingAndCountsAFailedAttempt() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        long before = eventCount();
        ApprovalDesk.Outcome outcome = approvals.approve(desk.head, "wrong-password".toCharArray(), application.id());
        assertThat(outcome).isEqualTo(new ApprovalDesk.WrongPassword(AccountService.MAX_FAILED_ATTEMPTS - 1));
        assertThat(approvals.reject(desk.head, "wrong-again".toCharArray(), application.id(), "理由"))
                .isEqualTo(new ApprovalDesk.WrongPassword(AccountService.MAX_FAILED_ATTEMPTS - 2));
        assertThat(eventCount()).isEqualTo(before);
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(approvals.queue()).extracting(ApprovalQueueItem::id).containsExactly(application.id());
        assertThat(failedAttempts(desk.head.id())).isEqualTo(2);
    }

    @Test
    void fiveWrongPasswordsLockTheHeadsAccountAndTheRightOneNoLongerDecides() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        for (int attempt = 1; attempt < AccountService.MAX_FAILED_ATTEMPTS; attempt++) {
            assertThat(approvals.approve(desk.head, ("wrong-" + attempt).toCharArray(), application.id()))
                    .isInstanceOf(ApprovalDesk.WrongPassword.class);
        }
        assertThat(approvals.approve(desk.head, "wrong-5".toCharArray(), application.id()))
                .isInstanceOf(ApprovalDesk.AccountBlocked.class);
        assertThat(approvals.approve(desk.head, password(), application.id()))
                .isInstanceOf(ApprovalDesk.AccountBlocked.class);
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
    }

    @Test
    void theRightPasswordResetsTheFailedAttempts() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        approvals.approve(desk.head, "wrong-password".toCharArray(), application.id());
        approvals.approve(desk.head, password(), application.id());
        assertThat(failedAttempts(desk.head.id())).isZero();
    }

    @Test
    void onlyAStationHeadDecides() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        assertThatThrownBy(() -> approvals.approve(desk.household, password(), application.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        assertThat(failedAttempts(desk.household.id())).isZero();
    }

    @Test
    void anEmptyPasswordIsRefusedWithoutCountingAnAttempt() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        assertThatThrownBy(() -> approvals.approve(desk.head, new char[0], application.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("approval.password.missing"));
        assertThat(failedAttempts(desk.head.id())).isZero();
    }

    @Test
    void R07_R12_R13_R14_theQueueHoldsTheCatalogueApprovalKindsAndOverridesOverdueFirst() {
        Application death = awaitingApproval(ABNORMAL_DEATH); // due Mon 2026-11-30
        clock.advance(Duration.ofDays(8)); // Tue 2026-12-01
        Application child = awaitingApproval(ABANDONED_CHILD);
        Application kinship = desk.applications.create(desk.household, desk.application(KINSHIP, "李四", ID_NUMBER));
        Application override = desk.applications.create(desk.household,
                desk.application(ABOLISHED_NAME, "王五", ID_NUMBER).withRoute(Route.TRANSITION_OVERRIDE, "过渡期"));
        desk.applications.requestApproval(desk.household, override.id());
        assertThatThrownBy(() -> desk.applications.requestApproval(desk.household, kinship.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.approval.not.needed"));
        assertThat(approvals.queue()).extracting(ApprovalQueueItem::id)
                .containsExactly(death.id(), override.id(), child.id());
        ApprovalQueueItem first = approvals.queue().getFirst();
        assertThat(first.overdue()).isTrue();
        assertThat(first.maskedIdNumber()).isEqualTo("220102********1234");
        assertThat(first.officerName()).isEqualTo("社区乙");
        assertThat(first.submittedAt()).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
        assertThat(first.toString()).doesNotContain("张三").doesNotContain(ID_NUMBER);
    }

    @Test
    void R12_approvalKindsComeFromTheCatalogueFlag() {
        assertThat(desk.catalogue.all()).filteredOn(kind -> kind.headApproval())
                .extracting(kind -> kind.code())
                .contains(ABNORMAL_DEATH, ABANDONED_CHILD, NO_CRIMINAL_RECORD)
                .doesNotContain(KINSHIP);
        Application ncr = desk.applications.create(desk.household,
                desk.application(NO_CRIMINAL_RECORD, "王五", ID_NUMBER)
                        .withVerificationRecord(cn.certdesk.testing.NcrApplications.nothingFound()));
        assertThat(ncr.approvalRequired()).isTrue();
    }

    @Test
    void thePreviewRendersTheKindsTemplateWithTheCertificateNumber() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        byte[] pdf = approvals.preview(approvals.application(application.id()), "社区乙", "100002");
        assertThat(new String(pdf, StandardCharsets.US_ASCII)).isEqualTo("%PDF " + ABNORMAL_DEATH + " "
                + application.number().text());
    }

    @Test
    void summariesOfOtherStatusesCarryNoRejectionReason() {
        Application application = awaitingApproval(ABNORMAL_DEATH);
        assertThat(desk.applications.openApplications()).extracting(ApplicationSummary::rejectionReason)
                .containsOnlyNulls();
        assertThat(application.id()).isInstanceOf(UUID.class);
    }

    private int failedAttempts(UUID officerId) {
        return new cn.certdesk.store.SqliteOfficerRepository(desk.database).findById(officerId).orElseThrow()
                .failedAttempts();
    }
}
