package cn.certdesk.ui.history;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.PrintJob;
import cn.certdesk.domain.application.Refusal;
import cn.certdesk.domain.application.RefusalRequest;
import cn.certdesk.domain.application.TransitionPeriod;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.calendar.WorkingDayCalendar;
import cn.certdesk.domain.officer.AccountService;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.PasswordHasher;
import cn.certdesk.domain.printing.CertificatePrinting;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.printing.PdfBoxDocumentPreview;
import cn.certdesk.store.SqliteApplicationProjection;
import cn.certdesk.store.SqliteCertificateNumberSequence;
import cn.certdesk.store.SqliteDocumentArchive;
import cn.certdesk.store.SqliteOfficerRepository;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.testing.TestPdfs;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history screen's logic without a toolkit, over a real SQLite store (R08, R15, R16). */
class HistoryViewModelTest {

    private static final String ID_NUMBER = "220102199003071234";

    @TempDir
    Path dataDir;
    @TempDir
    Path saveDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final List<byte[]> printed = new ArrayList<>();
    private final Messages messages = new Messages(Messages.CHINESE);
    private ApplicationDesk desk;
    private ApplicationService applications;
    private AccountService accounts;
    private DeskSettings settings;
    private byte[] archivedPdf;
    private Application issued;

    @BeforeEach
    void open() {
        desk = ApplicationDesk.open(dataDir, clock);
        PrinterGateway printer = new PrinterGateway() {
            @Override
            public List<String> printers() {
                return List.of("户籍室打印机");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.of("户籍室打印机");
            }

            @Override
            public PrintOutcome print(String name, byte[] pdf, int copies, String jobName) {
                printed.add(pdf.clone());
                return new Sent(name);
            }
        };
        applications = new ApplicationService(desk.events, new SqliteCertificateNumberSequence(desk.database, clock),
                desk.transactions, WorkingDayCalendar.loadBundled(), clock, desk.catalogue, desk.station,
                new SqliteApplicationProjection(desk.database),
                new CertificatePrinting(printer, desk.events, desk.transactions, clock, desk.audit),
                new TransitionPeriod(LocalDate.of(2026, 12, 31)), new SqliteDocumentArchive(desk.database, clock), desk.audit);
        accounts = new AccountService(new SqliteOfficerRepository(desk.database),
                new PasswordHasher(256, 1, 1, new SecureRandom()), clock, desk.audit);
        settings = new DeskSettings(new SqliteSettingRepository(desk.database), clock, desk.audit);
        archivedPdf = TestPdfs.withText("亲属关系证明 存档原件");
        Application application = applications.create(desk.household,
                desk.application("ISSUE_KINSHIP", "李四", ID_NUMBER));
        applications.print(desk.household, application.id(), new PrintJob("户籍室打印机", 1, archivedPdf, "kinship", 1));
        issued = applications.confirmIssued(desk.household, application.id());
        printed.clear();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private HistoryViewModel viewModel(Officer officer) {
        HistoryViewModel viewModel = new HistoryViewModel(officer, applications, accounts, desk.catalogue,
                new PdfBoxDocumentPreview(), printersOf(), settings, clock, TaskRunner.sameThread(), messages);
        viewModel.loadPrinters();
        return viewModel;
    }

    private PrinterGateway printersOf() {
        return new PrinterGateway() {
            @Override
            public List<String> printers() {
                return List.of("户籍室打印机");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.empty();
            }

            @Override
            public PrintOutcome print(String name, byte[] pdf, int copies, String jobName) {
                throw new AssertionError("the history screen reprints through the service, never directly");
            }
        };
    }

    private HistoryViewModel.Row findAndOpen(HistoryViewModel viewModel, String text) {
        viewModel.searchTextProperty().set(text);
        viewModel.search();
        HistoryViewModel.Row row = viewModel.rows().get(0);
        viewModel.open(row);
        return row;
    }

    @Test
    void R16_aFoundCertificateShowsTheMaskedIdNumberOnly() {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, issued.number().text());
        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.applicant()).contains("李四").contains("220102********1234").doesNotContain(ID_NUMBER);
            assertThat(row.status()).isEqualTo("已出具");
        });
        assertThat(viewModel.detailProperty().get()).contains(issued.number().text()).doesNotContain(ID_NUMBER);
    }

    @Test
    void R08_theOpenedCertificateShowsItsStepsWithOfficerAndTheArchivedPdfBytes() {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, "李四");
        assertThat(viewModel.archivedPdf()).isEqualTo(archivedPdf);
        assertThat(viewModel.pages()).hasSize(1);
        assertThat(viewModel.steps()).extracting(HistoryViewModel.StepLine::what)
                .containsExactly("受理登记", "送打印", "确认出具");
        assertThat(viewModel.steps()).allSatisfy(step -> {
            assertThat(step.officer()).isEqualTo("户籍甲（警号 100001）");
            assertThat(step.when()).isEqualTo("2026-11-23 09:30");
        });
        assertThat(viewModel.suggestedFileName()).isEqualTo(issued.number().text() + ".pdf");
    }

    @Test
    void R08_theArchivedPdfIsSavedByteForByte() throws Exception {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, issued.number().text());
        Path target = saveDir.resolve("copy.pdf");
        viewModel.saveArchivedPdf(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(archivedPdf);
        assertThat(viewModel.messageProperty().get()).contains("copy.pdf");
    }

    @Test
    void R15_aReprintNeedsAReasonAndRecordsNothingWithoutOne() {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, issued.number().text());
        assertThat(viewModel.canReprintProperty().get()).isTrue();
        viewModel.reasonProperty().set("   ");
        viewModel.reprint();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写补打原因。");
        assertThat(printed).isEmpty();
        assertThat(applications.get(issued.id()).reprintCount()).isZero();
    }

    @Test
    void R15_aReprintPrintsTheArchivedPdfAndTheCountShowsInTheListAndTheDetail() {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, issued.number().text());
        viewModel.reasonProperty().set("原件污损");
        viewModel.reprint();

        assertThat(printed).singleElement().isEqualTo(archivedPdf);
        assertThat(viewModel.messageProperty().get()).contains("第 1 次补打");
        assertThat(viewModel.rows()).singleElement()
                .satisfies(row -> assertThat(row.reprints()).isEqualTo("补打 1 次"));
        assertThat(viewModel.detailProperty().get()).contains("已补打 1 次");
        assertThat(viewModel.steps()).extracting(HistoryViewModel.StepLine::what).endsWith("登记补打", "补打送打印");
        assertThat(viewModel.steps()).filteredOn(step -> step.what().equals("登记补打")).singleElement()
                .satisfies(step -> assertThat(step.detail()).isEqualTo("原因：原件污损"));
        assertThat(viewModel.reasonProperty().get()).isEmpty();
    }

    @Test
    void R15_voidNeedsAReasonAndThenShowsVoided() {
        HistoryViewModel viewModel = viewModel(desk.household);
        findAndOpen(viewModel, issued.number().text());
        viewModel.void_();
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写作废原因。");
        assertThat(applications.get(issued.id()).status()).isEqualTo(ApplicationStatus.ISSUED);

        viewModel.reasonProperty().set("证明内容有误，收回作废");
        viewModel.void_();
        assertThat(applications.get(issued.id()).status()).isEqualTo(ApplicationStatus.VOIDED);
        assertThat(viewModel.rows()).singleElement().satisfies(row -> assertThat(row.status()).isEqualTo("已作废"));
        assertThat(viewModel.detailProperty().get()).contains("作废原因：证明内容有误，收回作废");
        assertThat(viewModel.canVoidProperty().get()).isFalse();
        assertThat(viewModel.canReprintProperty().get()).isFalse();
    }

    @Test
    void R15_anotherOfficerMayNeitherVoidNorReprintButAStationHeadMay() {
        HistoryViewModel community = viewModel(desk.community);
        findAndOpen(community, issued.number().text());
        assertThat(community.canVoidProperty().get()).isFalse();
        assertThat(community.canReprintProperty().get()).isFalse();
        community.reasonProperty().set("补打");
        community.reprint();
        assertThat(community.messageProperty().get()).isEqualTo("您的角色无权进行此操作。");
        assertThat(printed).isEmpty();

        HistoryViewModel head = viewModel(desk.head);
        findAndOpen(head, issued.number().text());
        assertThat(head.canReprintProperty().get()).isTrue();
        assertThat(head.canVoidProperty().get()).isTrue();
    }

    @Test
    void R15_refusalsAreFoundAndOpenWithTheirArchivedNotice() {
        Refusal refusal = applications.recordRefusal(desk.household, new RefusalRequest("ABOLISHED_MARITAL_STATUS",
                null, "婚姻状况以婚姻登记机关为准", Applicant.manualEntry("王五", "220102198001011239")));
        byte[] notice = TestPdfs.withText("不予出具证明告知书");
        applications.archiveDocument(desk.household, refusal.id(), DocumentKind.REFUSAL_NOTICE, refusal.noticeNumber(),
                notice);
        HistoryViewModel viewModel = viewModel(desk.household);

        viewModel.statusProperty().set(HistoryViewModel.StatusFilter.REFUSED);
        viewModel.search();
        assertThat(viewModel.rows()).singleElement().satisfies(row -> {
            assertThat(row.refusal()).isTrue();
            assertThat(row.number()).isEqualTo(refusal.noticeNumber());
            assertThat(row.applicant()).contains("220102********1239").doesNotContain("220102198001011239");
            assertThat(row.status()).isEqualTo("不予出具");
        });
        viewModel.open(viewModel.rows().get(0));
        assertThat(viewModel.archivedPdf()).isEqualTo(notice);
        assertThat(viewModel.steps()).extracting(HistoryViewModel.StepLine::what).containsExactly("记录不予出具");
        assertThat(viewModel.canVoidProperty().get()).isFalse();

        viewModel.statusProperty().set(HistoryViewModel.StatusFilter.ALL);
        viewModel.searchTextProperty().set("");
        viewModel.search();
        assertThat(viewModel.rows()).extracting(HistoryViewModel.Row::refusal).containsExactlyInAnyOrder(true, false);
    }

    @Test
    void anInvertedDateRangeIsExplainedAndSearchesNothing() {
        HistoryViewModel viewModel = viewModel(desk.household);
        viewModel.fromProperty().set(LocalDate.of(2026, 11, 30));
        viewModel.toProperty().set(LocalDate.of(2026, 11, 1));
        viewModel.search();
        assertThat(viewModel.messageProperty().get()).isEqualTo("起始日期不能晚于截止日期。");
        assertThat(viewModel.rows()).isEmpty();
    }
}
