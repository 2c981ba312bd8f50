package cn.certdesk.ui.verification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.AppContext;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.officer.AuthenticationResult;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.printing.PrinterGateway;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import cn.certdesk.domain.verification.CheckResult;
import cn.certdesk.domain.verification.NcrPath;
import cn.certdesk.domain.verification.NcrVerification;
import cn.certdesk.printing.PdfBoxDocumentPreview;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.NcrApplications;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The no-criminal-record section without a toolkit, on the real composition root and a demo
 * station: the application form printed and archived, a found record ending in a recorded refusal
 * with its notice, nothing found completing the section for the issuing form (R10–R12).
 */
class NcrVerificationViewModelTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;
    private AppContext context;
    private Station station;
    private Officer officer;
    private ApplicationService applications;
    private ResidentRecord resident;
    private NcrVerificationViewModel viewModel;
    private final List<byte[]> printed = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = DeskFixture.demoStation(dataDir);
        context = desk.context();
        station = context.onStoreThread(() -> context.stations().current().orElseThrow());
        officer = context.onStoreThread(() -> ((AuthenticationResult.Success) context.accounts()
                .authenticate("100001", DeskFixture.PASSWORD.toCharArray())).officer());
        applications = context.applications(station);
        SqlitePopulationRegister register = new SqlitePopulationRegister(context.database());
        resident = context.onStoreThread(() -> {
            try (java.sql.Statement statement = context.database().connection().createStatement();
                    java.sql.ResultSet row = statement.executeQuery("SELECT id_number FROM resident"
                            + " WHERE deceased_on IS NULL ORDER BY id_number LIMIT 1")) {
                row.next();
                return register.byIdNumber(row.getString(1)).orElseThrow();
            }
        });
        viewModel = viewModel(Applicant.fromRegister(resident.id(), resident.name(), resident.idNumber()));
    }

    private NcrVerificationViewModel viewModel(Applicant applicant) {
        PrinterGateway printer = new PrinterGateway() {
            @Override
            public List<String> printers() {
                return List.of("窗口打印机");
            }

            @Override
            public Optional<String> defaultPrinter() {
                return Optional.of("窗口打印机");
            }

            @Override
            public PrintOutcome print(String name, byte[] pdf, int copies, String jobName) {
                printed.add(pdf);
                return new Sent(name);
            }
        };
        TaskRunner onStore = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = context.onStoreThread(work);
                } catch (RuntimeException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
        Messages messages = new Messages(Messages.CHINESE);
        PrintPanelViewModel panel = new PrintPanelViewModel(printer, context.settings(), new PdfBoxDocumentPreview(),
                onStore, messages);
        panel.loadPrinters();
        return new NcrVerificationViewModel(applicant, applications, context.documents(station), printer, panel,
                officer, station, new IdNumberValidator(context.reference().addressCodes(), context.clock()),
                new SqlitePopulationRegister(context.database()), context.clock(), onStore, messages);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private List<RecordEvent> events() {
        return context.onStoreThread(() -> new SqliteRecordEventLog(context.database(), context.clock())
                .after(0, 1000));
    }

    private List<ArchivedDocument> archived() {
        return context.onStoreThread(() -> applications.archivedDocuments(viewModel.verificationId()));
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private void fillResidentApplication() {
        viewModel.pathProperty().set(NcrPath.RESIDENT);
        viewModel.phoneProperty().set("138 0431 0000");
        viewModel.purposeProperty().set("出国（移民）");
        viewModel.recipientProperty().set("加拿大驻华使馆");
    }

    private void tick(String systemId, CheckResult result) {
        viewModel.checks().stream().filter(check -> check.system().id().equals(systemId)).findFirst().orElseThrow()
                .resultProperty().set(result);
    }

    private void tickAll(CheckResult result) {
        viewModel.checks().forEach(check -> check.resultProperty().set(result));
    }

    @Test
    void R12_theApplicationFormIsFilledFromTheRegisterPrintedAndArchived() throws Exception {
        assertThat(viewModel.statusProperty().get()).isEqualTo("请选择核查途径：单位核实，或居民本人申请。");
        fillResidentApplication();
        assertThat(viewModel.ethnicityProperty().get()).isEqualTo(resident.ethnicity());
        assertThat(viewModel.registeredAddressProperty().get()).isNotBlank();
        assertThat(viewModel.statusProperty().get()).startsWith("请打印申请表");

        viewModel.printApplicationForm();

        assertThat(viewModel.formNumberProperty().get()).startsWith(station.stationCode() + "-");
        assertThat(archived()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo(DocumentKind.NCR_APPLICATION_FORM);
            assertThat(document.reference()).isEqualTo(viewModel.formNumberProperty().get());
            assertThat(document.officerId()).isEqualTo(officer.id());
        });
        assertThat(viewModel.messageProperty().get()).contains("申请表已存档");
        assertThat(viewModel.statusProperty().get()).startsWith("尚未核查：全国违法犯罪人员信息资源库");
        viewModel.printPanel().print();
        assertThat(printed).hasSize(1);
        String page = text(printed.get(0));
        assertThat(page).contains("无违法犯罪记录核查证明出具申请表", resident.name(), resident.idNumber(), "出国（移民）",
                "加拿大驻华使馆", "13804310000", "全国违法犯罪人员信息资源库");
        java.util.UUID documentId = archived().get(0).id();
        byte[] stored = context.onStoreThread(() -> applications.archivedContent(documentId));
        assertThat(stored).isEqualTo(printed.get(0));
    }

    @Test
    void R12_aBadPhoneNumberStopsTheFormWithItsMessageAndNothingIsArchived() {
        fillResidentApplication();
        viewModel.phoneProperty().set("1380431");
        viewModel.printApplicationForm();
        assertThat(viewModel.messageProperty().get()).isEqualTo("手机号码应为 11 位数字，以 13 至 19 开头，例如 138 1234 5678。");
        assertThat(viewModel.formNumberProperty().get()).isEmpty();
        assertThat(archived()).isEmpty();
    }

    @Test
    void R12_aRecordFoundEndsInARecordedRefusalWithItsNoticePrintedAndArchivedNeverACertificate() throws Exception {
        fillResidentApplication();
        viewModel.printApplicationForm();
        tick("nationalDatabase", CheckResult.NONE_FOUND);
        tick("drugControl", CheckResult.RECORD_FOUND);
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.canRefuseProperty().get()).isTrue();
        assertThat(viewModel.record()).as("nothing for an application").isEmpty();
        assertThat(viewModel.statusProperty().get()).startsWith("发现违法犯罪记录");

        viewModel.recordRefusal();

        assertThat(viewModel.refusedProperty().get()).isTrue();
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("已记录不予出具");
        assertThat(events()).extracting(RecordEvent::eventType).contains("refusal-recorded",
                NcrVerification.RECORDED_EVENT).doesNotContain("application-created");
        assertThat(context.onStoreThread(() -> applications.refusal(viewModel.verificationId())).kindAsked())
                .isEqualTo("ISSUE_NO_CRIMINAL_RECORD");
        assertThat(archived()).extracting(ArchivedDocument::kind)
                .containsExactly(DocumentKind.NCR_APPLICATION_FORM, DocumentKind.REFUSAL_NOTICE);
        viewModel.printPanel().print();
        String notice = text(printed.get(printed.size() - 1));
        assertThat(notice).contains("不予出具无违法犯罪记录核查证明告知书", resident.name(), "出国（移民）", "核实您有违法犯罪记录");

        tickAll(CheckResult.NONE_FOUND);
        assertThat(viewModel.completeProperty().get()).as("a refused verification stays refused").isFalse();
        viewModel.recordRefusal();
        assertThat(events().stream().filter(event -> event.eventType().equals("refusal-recorded")).count())
                .isEqualTo(1);
    }

    @Test
    void R12_nothingFoundInEverySystemCompletesTheSectionAndTheApplicationGoesToApproval() {
        fillResidentApplication();
        tickAll(CheckResult.NONE_FOUND);
        assertThat(viewModel.completeProperty().get()).as("not before the form is printed").isFalse();
        viewModel.printApplicationForm();
        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(viewModel.canRefuseProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).startsWith("各系统均未发现违法犯罪记录");
        assertThat(viewModel.formValues()).containsEntry("purpose", "出国（移民）")
                .containsEntry("recipient", "加拿大驻华使馆")
                .hasEntrySatisfying("checkResult", text -> assertThat(text).startsWith("经查询全国违法犯罪人员信息资源库"));

        Map<String, String> fields = new LinkedHashMap<>(viewModel.formValues());
        fields.put("applicantName", resident.name());
        fields.put("applicantIdNumber", resident.idNumber());
        fields.put("applicantGender", resident.gender().chineseName());
        fields.put("registeredAddress", viewModel.registeredAddressProperty().get());
        Application application = context.onStoreThread(() -> {
            Application created = applications.create(officer, NewApplication.of("ISSUE_NO_CRIMINAL_RECORD",
                    Applicant.fromRegister(resident.id(), resident.name(), resident.idNumber()), fields, null)
                    .withVerificationRecord(viewModel.record()));
            return applications.requestApproval(officer, created.id());
        });
        assertThat(application.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(application.details().verificationRecord()).containsEntry("checkPaperArchives", "NONE_FOUND")
                .containsEntry("verificationId", viewModel.verificationId().toString());
    }

    @Test
    void R11_theUnitPathChecksTheStaffMembersIdNumberAsTypedAndCompletesWithNothingFound() {
        viewModel.pathProperty().set(NcrPath.UNIT);
        viewModel.unitNameProperty().set("长春市朝阳区人民法院");
        viewModel.letterNumberProperty().set("朝法介〔2026〕18号");
        viewModel.staffNameProperty().set("刘警官");
        viewModel.purposeProperty().set("案件办理");
        viewModel.staffIdNumberProperty().set("220104199003071239");
        assertThat(viewModel.staffIdMessageProperty().get()).startsWith("校验位错误");
        assertThat(viewModel.statusProperty().get()).isEqualTo("请填写来人的有效公民身份号码。");
        viewModel.staffIdNumberProperty().set(NcrApplications.STAFF_ID_NUMBER);
        assertThat(viewModel.staffIdMessageProperty().get()).isEmpty();
        tickAll(CheckResult.NONE_FOUND);

        assertThat(viewModel.completeProperty().get()).isTrue();
        assertThat(viewModel.record()).containsEntry("path", "UNIT").containsEntry("unitName", "长春市朝阳区人民法院")
                .containsEntry("staffIdNumber", NcrApplications.STAFF_ID_NUMBER);
        assertThat(viewModel.formValues()).containsEntry("recipient", "长春市朝阳区人民法院");
        viewModel.letterNumberProperty().set(" ");
        assertThat(viewModel.completeProperty().get()).isFalse();
        assertThat(viewModel.statusProperty().get()).isEqualTo("请填写“介绍信编号”。");
    }
}
