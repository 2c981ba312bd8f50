package cn.certdesk.store.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.HistoryQuery;
import cn.certdesk.domain.application.PrintJob;
import cn.certdesk.domain.application.RecordedStep;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalNotice;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.application.RefusalSummary;
import cn.certdesk.domain.application.TransitionPeriod;
import cn.certdesk.domain.application.WorkItem;
import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.store.SqliteApplicationProjection;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteDocumentArchive;
import cn.certdesk.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * History, the work list, void and reprint against a real SQLite file (R08, R09, R15, R16): each
 * search criterion for certificates and refusals, the recorded steps, and reprints of the archived PDF.
 */
class ApplicationHistoryTest {

    private static final String KINSHIP = "ISSUE_KINSHIP";
    private static final String ABNORMAL_DEATH = "ISSUE_ABNORMAL_DEATH";
    private static final String ABOLISHED_NAME = "EXCHANGE_NAME";
    private static final String MARITAL = "ABOLISHED_MARITAL_STATUS";
    private static final String ID_NUMBER = "220102199003071234";
    private static final String OTHER_ID_NUMBER = "220102198001011239";

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final RecordingPrinter printer = new RecordingPrinter();
    private ApplicationDesk desk;
    private ApplicationService applications;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        // the desk's own service, with a printer that keeps what it was sent
        applications = new ApplicationService(desk.events, new SqliteCertificateNumberSequence(desk.database, clock),
                desk.transactions, WorkingDayCalendar.loadBundled(), clock, desk.catalogue, desk.station,
                new SqliteApplicationProjection(desk.database),
                new CertificatePrinting(printer, desk.events, desk.transactions, clock, desk.audit),
                new TransitionPeriod(LocalDate.of(2026, 12, 31)), new SqliteDocumentArchive(desk.database, clock), desk.audit);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Application kinship(String name, String idNumber) {
        return applications.create(desk.household, desk.application(KINSHIP, name, idNumber));
    }

    private Application abnormalDeath(String name) {
        return applications.create(desk.community, desk.application(ABNORMAL_DEATH, name, ID_NUMBER)
                .withVerificationRecord(Map.of("incidentNumber", "J2201020000001")));
    }

    private Application issue(Application application, byte[] pdf) {
        applications.print(desk.household, application.id(), new PrintJob("desk-printer", 1, pdf, "kinship", 1));
        return applications.confirmIssued(desk.household, application.id());
    }

    private Refusal refuse(String kindCode, String name, String idNumber) {
        return applications.recordRefusal(desk.household, new RefusalRequest(kindCode, null,
                "以居民身份证为准", Applicant.manualEntry(name, idNumber)));
    }

    private List<UUID> refusalIds(HistoryQuery query) {
        return applications.refusals(query).stream().map(RefusalSummary::id).toList();
    }

    private static String key(Throwable thrown) {
        return ((CertDeskException) thrown).messageKey();
    }

    @Test
    void R08_historyTextFindsACertificateByNumberNameOrIdNumber() {
        Application first = kinship("李四", ID_NUMBER);
        Application second = kinship("王五", OTHER_ID_NUMBER);
        assertThat(applications.history(HistoryQuery.forText(second.number().text())))
                .singleElement().satisfies(found -> assertThat(found.id()).isEqualTo(second.id()));
        assertThat(applications.history(HistoryQuery.forText("李")))
                .singleElement().satisfies(found -> assertThat(found.id()).isEqualTo(first.id()));
        assertThat(applications.history(HistoryQuery.forText(OTHER_ID_NUMBER)))
                .singleElement().satisfies(found -> assertThat(found.id()).isEqualTo(second.id()));
    }

    @Test
    void R15_refusalsAreFoundByNoticeNumberApplicantDateAndKind() {
        Refusal name = refuse(ABOLISHED_NAME, "李四", ID_NUMBER);
        clock.advance(Duration.ofDays(2)); // Wed 2026-11-25
        Refusal marital = refuse(MARITAL, "王五", OTHER_ID_NUMBER);
        Refusal outside = applications.recordRefusal(desk.household, new RefusalRequest(null, "宠物饲养证明",
                RefusalNotice.OUTSIDE_REASON));
        HistoryQuery any = HistoryQuery.any();

        assertThat(refusalIds(any)).containsExactly(outside.id(), marital.id(), name.id());
        assertThat(refusalIds(HistoryQuery.forText(marital.noticeNumber()))).containsExactly(marital.id());
        assertThat(refusalIds(HistoryQuery.forText(marital.noticeNumber().toLowerCase()))).containsExactly(marital.id());
        assertThat(refusalIds(any.withApplicantName("李"))).containsExactly(name.id());
        assertThat(refusalIds(any.withIdNumber(OTHER_ID_NUMBER))).containsExactly(marital.id());
        assertThat(refusalIds(any.withCreatedBetween(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24))))
                .containsExactly(name.id());
        assertThat(refusalIds(any.withCreatedBetween(LocalDate.of(2026, 11, 25), null)))
                .containsExactly(outside.id(), marital.id());
        assertThat(refusalIds(any.withKind(MARITAL))).containsExactly(marital.id());
        assertThat(refusalIds(any.withStatus(ApplicationStatus.ISSUED))).isEmpty();
        assertThat(applications.refusals(any.withKind(ABOLISHED_NAME))).singleElement().satisfies(found -> {
            assertThat(found.noticeNumber()).isEqualTo(name.noticeNumber())
                    .startsWith(ApplicationDesk.STATION_CODE + "-" + ApplicationDesk.DESK_CODE + "-2026-R");
            assertThat(found.recordedOn()).isEqualTo(LocalDate.of(2026, 11, 23));
            assertThat(found.officerId()).isEqualTo(desk.household.id());
        });
    }

    @Test
    void R15_aRefusalRecordedBeforeNoticeNumbersWereKeptIsFoundByTheNumberItsNoticeShowed() {
        UUID id = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");
        desk.transactions.inTransaction(() -> desk.events.append(new RecordEvent(0, UUID.randomUUID(), "refusal", id,
                "refusal-recorded", "{\"kindAsked\":\"EXCHANGE_NAME\",\"requestText\":null,\"group\":\"exchange\","
                        + "\"reasonShown\":\"理由\",\"officer\":\"" + desk.household.id() + "\"}",
                Optional.of(desk.household.id()), desk.station.id(), clock.instant())));
        String printed = RefusalNotice.number(ApplicationDesk.STATION_CODE, ApplicationDesk.DESK_CODE, 2026, id);

        assertThat(applications.refusals(HistoryQuery.forText(printed))).singleElement().satisfies(found -> {
            assertThat(found.id()).isEqualTo(id);
            assertThat(found.noticeNumber()).isEqualTo(printed);
            assertThat(found.applicantName()).isEmpty();
        });
        assertThat(applications.refusal(id).noticeNumber()).isEqualTo(printed);
    }

    @Test
    void R16_refusalListsShowMaskedIdNumbersOnly() {
        refuse(ABOLISHED_NAME, "李四", ID_NUMBER);
        assertThat(applications.refusals(HistoryQuery.any())).singleElement().satisfies(found -> {
            assertThat(found.maskedIdNumber()).isEqualTo("220102********1234");
            assertThat(found.applicantName()).isEqualTo("李四");
            assertThat(found.toString()).doesNotContain("李四").doesNotContain(ID_NUMBER);
        });
    }

    @Test
    void R15_recordedStepsShowEveryStepWithOfficerTimeAndReason() {
        Application application = abnormalDeath("张三");
        applications.requestApproval(desk.community, application.id());
        clock.advance(Duration.ofHours(1));
        applications.reject(desk.head, application.id(), "核查记录不全");
        applications.void_(desk.community, application.id(), "重新受理");

        List<RecordedStep> steps = applications.recordedSteps(application.id());
        assertThat(steps).extracting(RecordedStep::eventType)
                .containsExactly("application-created", "approval-requested", "rejected", "voided");
        assertThat(steps).extracting(step -> step.officerId().orElseThrow())
                .containsExactly(desk.community.id(), desk.community.id(), desk.head.id(), desk.community.id());
        assertThat(steps.get(0).occurredAt()).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
        assertThat(steps.get(2).occurredAt()).isEqualTo(Instant.parse("2026-11-23T02:30:00Z"));
        assertThat(steps).extracting(step -> step.reason().orElse(""))
                .containsExactly("", "", "核查记录不全", "重新受理");
    }

    @Test
    void R08_R15_aReprintPrintsTheArchivedPdfWithTheSameNumberAndIsCounted() {
        byte[] archived = "%PDF-1.7 the paper as issued".getBytes(StandardCharsets.US_ASCII);
        Application issued = issue(kinship("李四", ID_NUMBER), archived);
        printer.sent.clear();

        PrinterGateway.PrintOutcome outcome = applications.reprint(desk.household, issued.id(), "原件污损",
                "desk-printer", 1);

        assertThat(outcome).isInstanceOf(PrinterGateway.Sent.class);
        assertThat(printer.sent).singleElement().satisfies(job -> {
            assertThat(job.pdf()).isEqualTo(archived);
            assertThat(job.name()).isEqualTo(issued.number().text());
        });
        assertThat(applications.get(issued.id()).reprintCount()).isEqualTo(1);
        assertThat(applications.get(issued.id()).status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(applications.history(HistoryQuery.any().withCertificateNumber(issued.number().text())))
                .singleElement().satisfies(found -> assertThat(found.reprintCount()).isEqualTo(1));
        assertThat(applications.recordedSteps(issued.id())).extracting(RecordedStep::eventType)
                .endsWith("reprinted", "reprint-sent");
        assertThat(applications.archivedCertificate(issued.id())).hasValueSatisfying(
                document -> assertThat(applications.archivedContent(document.id())).isEqualTo(archived));
    }

    @Test
    void R15_aReprintNeedsAReasonAndAnIssuedCertificate() {
        Application draft = kinship("李四", ID_NUMBER);
        assertThatThrownBy(() -> applications.reprint(desk.household, draft.id(), "污损", "desk-printer", 1))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.not.issued"));
        issue(draft, ApplicationDesk.PDF);
        assertThatThrownBy(() -> applications.reprint(desk.household, draft.id(), " ", "desk-printer", 1))
                .satisfies(e -> assertThat(key(e)).isEqualTo("application.reprint.reason.required"));
        assertThat(applications.get(draft.id()).reprintCount()).isZero();
    }

    @Test
    void R15_onlyTheIssuingOfficerOrAStationHeadMayVoidOrReprint() {
        Application issued = issue(kinship("李四", ID_NUMBER), ApplicationDesk.PDF);
        assertThatThrownBy(() -> applications.reprint(desk.community, issued.id(), "污损", "desk-printer", 1))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        assertThatThrownBy(() -> applications.void_(desk.community, issued.id(), "错误"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("permission.denied"));
        assertThat(ApplicationService.mayVoidOrReprint(desk.community, issued.createdBy())).isFalse();
        assertThat(ApplicationService.mayVoidOrReprint(desk.household, issued.createdBy())).isTrue();
        assertThat(ApplicationService.mayVoidOrReprint(desk.head, issued.createdBy())).isTrue();

        applications.reprint(desk.head, issued.id(), "所领导批准补打", "desk-printer", 1);
        Application voided = applications.void_(desk.head, issued.id(), "所领导决定收回");
        assertThat(voided.reprintCount()).isEqualTo(1);
        assertThat(voided.status()).isEqualTo(ApplicationStatus.VOIDED);
        assertThat(applications.recordedSteps(issued.id())).last()
                .satisfies(step -> assertThat(step.officerId()).contains(desk.head.id()));
    }

    @Test
    void R09_theWorkListHoldsTheOfficersOwnOpenAndRejectedApplicationsOverdueFirst() {
        Application rejected = abnormalDeath("张三"); // due Mon 2026-11-30
        applications.requestApproval(desk.community, rejected.id());
        applications.reject(desk.head, rejected.id(), "核查记录不全");
        Application overdue = abnormalDeath("李四"); // due Mon 2026-11-30
        clock.advance(Duration.ofDays(8)); // Tue 2026-12-01
        Application later = abnormalDeath("王五"); // due Tue 2026-12-08
        kinship("赵六", ID_NUMBER); // the household officer's, not on the community officer's list

        List<WorkItem> list = applications.workList(desk.community);
        assertThat(list).extracting(item -> item.summary().id())
                .containsExactly(overdue.id(), rejected.id(), later.id());
        assertThat(list).extracting(item -> item.summary().overdue()).containsExactly(true, false, false);
        assertThat(list.get(1).rejectionReason()).contains("核查记录不全");

        applications.void_(desk.community, rejected.id(), "重新受理");
        assertThat(applications.workList(desk.community)).extracting(item -> item.summary().id())
                .containsExactly(overdue.id(), later.id());
    }

    @Test
    void R09_aCertificatePrintedButNotConfirmedStaysOnTheWorkList() {
        Application application = kinship("李四", ID_NUMBER);
        applications.print(desk.household, application.id(), ApplicationDesk.printJob());
        assertThat(applications.workList(desk.household)).singleElement()
                .satisfies(item -> assertThat(item.printedNotConfirmed()).isTrue());
        applications.confirmIssued(desk.household, application.id());
        assertThat(applications.workList(desk.household)).isEmpty();
    }

    /** A print system that takes every job and keeps it. */
    private static final class RecordingPrinter implements PrinterGateway {

        record Job(String printer, byte[] pdf, int copies, String name) {
        }

        final List<Job> sent = new ArrayList<>();

        @Override
        public List<String> printers() {
            return List.of("desk-printer");
        }

        @Override
        public Optional<String> defaultPrinter() {
            return Optional.of("desk-printer");
        }

        @Override
        public PrintOutcome print(String printer, byte[] pdf, int copies, String jobName) {
            sent.add(new Job(printer, pdf.clone(), copies, jobName));
            return new Sent(printer);
        }
    }
}
