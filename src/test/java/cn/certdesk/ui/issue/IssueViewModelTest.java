package cn.certdesk.ui.issue;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.FormFieldCheck;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.demo.SyntheticPopulation;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import cn.certdesk.printing.SignatureImages;
import cn.certdesk.printing.StationDocuments;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.store.demo.SyntheticStationWriter;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.stub.StubViewModel;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The issuing form's logic without a toolkit, over a real store, register and templates. */
class IssueViewModelTest {

    private static TemplateEngine engine;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private ApplicationDesk desk;
    private SqlitePopulationRegister register;
    private ResidentRecord resident;
    private final SimpleObjectProperty<Applicant> applicant = new SimpleObjectProperty<>();
    private IssueViewModel viewModel;
    private boolean nextApplicantCalled;

    @BeforeAll
    static void loadTemplates() {
        engine = TemplateEngine.load(Path.of("templates"), new cn.certdesk.domain.catalogue.CatalogueReader().readBundled());
    }

    @AfterAll
    static void closeTemplates() {
        engine.close();
    }

    @BeforeEach
    void open() throws Exception {
        try (cn.certdesk.store.Database population = cn.certdesk.store.Database.open(
                dataDir.resolve(cn.certdesk.store.Database.FILE_NAME))) {
            new SyntheticStationWriter(population.connection(), clock).write(new SyntheticPopulation(11, 300), n -> { });
        }
        desk = ApplicationDesk.open(dataDir, clock);
        register = new SqlitePopulationRegister(desk.database);
        String idNumber;
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet row = statement.executeQuery("SELECT r.id_number FROM resident r WHERE r.deceased_on IS NULL "
                        + "AND EXISTS (SELECT 1 FROM resident o WHERE o.id <> r.id) ORDER BY r.id_number LIMIT 1")) {
            row.next();
            idNumber = row.getString(1);
        }
        resident = register.byIdNumber(idNumber).orElseThrow();
        applicant.set(Applicant.fromRegister(resident.id(), resident.name(), resident.idNumber()));
        ApplicationDesk.AcceptingPrinter printer = new ApplicationDesk.AcceptingPrinter();
        Messages messages = new Messages(Messages.CHINESE);
        PrintPanelViewModel printPanel = new PrintPanelViewModel(printer,
                new DeskSettings(new SqliteSettingRepository(desk.database), clock, desk.audit),
                (pdf, dpi) -> List.of(), TaskRunner.sameThread(), messages);
        printPanel.loadPrinters();
        viewModel = new IssueViewModel(desk.applications, new StationDocuments(() -> engine, desk.station, Optional::empty),
                register, new FormFieldCheck(new IdNumberValidator(AddressCodeTable.loadBundled(), clock)),
                strokes -> SignatureImages.toPng(strokes, 600, 200), kind -> Optional.empty(),
                name -> engine.info(name).version(), applicant, null, printPanel, new StubViewModel(messages),
                desk.household, clock, TaskRunner.sameThread(), messages);
        viewModel.setOnNextApplicant(() -> nextApplicantCalled = true);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private CertificateKind kind(String code) {
        return desk.catalogue.byCode(code).orElseThrow();
    }

    private IssueViewModel.FieldEntry field(String id) {
        return viewModel.fields().stream().filter(entry -> entry.field().id().equals(id)).findFirst().orElseThrow();
    }

    private void signStub() {
        List<StrokePoint> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(new StrokePoint(10 + i * 5, 50 + (i % 7) * 6, i * 10L));
        }
        viewModel.stub().strokesProperty().set(new SignatureStrokes(List.of(new Stroke(points))));
        viewModel.stub().phoneTextProperty().set("13804310000");
    }

    private long count(String eventType) {
        return desk.events.after(0, 1000).stream().filter(e -> e.eventType().equals(eventType)).count();
    }

    @Test
    void R06_theResidentIdentityFormIsFilledFromTheRegister() {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        assertThat(field("name").text()).isEqualTo(resident.name());
        assertThat(field("idNumber").text()).isEqualTo(resident.idNumber());
        assertThat(field("gender").text()).isEqualTo(resident.gender().chineseName());
        assertThat(field("birthDate").text()).isEqualTo(resident.birthDate().toString());
        assertThat(field("ethnicity").text()).isEqualTo(resident.ethnicity());
        assertThat(field("registeredAddress").text()).isNotBlank();
        assertThat(field("name").prefilled()).isTrue();
        assertThat(viewModel.firstEmptyRequired()).isEmpty();
    }

    @Test
    void R06_kinshipTakesTheRelativeAndRelationFromTheHouseholdRegister() throws Exception {
        String idNumber;
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet row = statement.executeQuery("SELECT id_number FROM resident ORDER BY id_number")) {
            idNumber = null;
            while (row.next() && idNumber == null) {
                ResidentRecord candidate = register.byIdNumber(row.getString(1)).orElseThrow();
                if (!register.relativesOf(candidate.id()).isEmpty()) {
                    idNumber = candidate.idNumber();
                }
            }
        }
        ResidentRecord withRelatives = register.byIdNumber(idNumber).orElseThrow();
        applicant.set(Applicant.fromRegister(withRelatives.id(), withRelatives.name(), withRelatives.idNumber()));
        viewModel.open(kind("ISSUE_KINSHIP"));
        var first = register.relativesOf(withRelatives.id()).get(0);
        assertThat(viewModel.relatives()).isNotEmpty();
        assertThat(field("applicantName").text()).isEqualTo(withRelatives.name());
        assertThat(field("relativeName").text()).isEqualTo(first.person().name());
        assertThat(field("relativeIdNumber").text()).isEqualTo(register.get(first.person().id()).idNumber());
        assertThat(field("relation").text()).isEqualTo(first.relation());
        assertThat(field("archiveBasis").text()).contains(first.throughHousehold().number());
    }

    @Test
    void R06_aRequiredFieldLeftEmptyBlocksIssuanceAndSaysWhich() {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        signStub();
        field("ethnicity").valueProperty().set("  ");
        assertThat(viewModel.issue()).isFalse();
        assertThat(field("ethnicity").messageProperty().get()).isEqualTo("请填写“民族”。");
        assertThat(viewModel.messageProperty().get()).isEqualTo("请填写“民族”。");
        assertThat(count(ApplicationEvents.CREATED)).isZero();
    }

    @Test
    void anOverLongValueIsRefusedWithItsLimitAndKeptAsTyped() {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        signStub();
        String tooLong = "长".repeat(201);
        field("registeredAddress").valueProperty().set(tooLong);
        assertThat(viewModel.issue()).isFalse();
        assertThat(field("registeredAddress").messageProperty().get()).contains("最多 200 个字").contains("现在是 201 个字");
        assertThat(field("registeredAddress").text()).isEqualTo(tooLong);
        assertThat(count(ApplicationEvents.CREATED)).isZero();
    }

    @Test
    void aWrongDateAndAWrongIdNumberAreNamed() {
        viewModel.open(kind("ISSUE_REGISTER_ITEM_CHANGE"));
        field("changeDate").valueProperty().set("2026/11/23");
        field("personIdNumber").valueProperty().set("220102199001011234");
        assertThat(field("changeDate").check()).isEmpty();
        assertThat(field("changeDate").messageProperty().get()).contains("“变更更正日期”应为日期");
        assertThat(field("personIdNumber").check()).isEmpty();
        assertThat(field("personIdNumber").messageProperty().get()).startsWith("“公民身份号码”有误：");
    }

    @Test
    void R06_noIssuanceWithoutTheSignedStub() {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        viewModel.stub().phoneTextProperty().set("13804310000");
        assertThat(viewModel.issue()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("存根");
        assertThat(count(ApplicationEvents.CREATED)).isZero();
    }

    @Test
    void R06_R08_aResidentIdentityCertificateIsRecordedPrintedAndIssuedOnConfirmation() {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        signStub();
        assertThat(viewModel.issue()).isTrue();
        assertThat(viewModel.stageProperty().get()).isEqualTo(IssueViewModel.Stage.PRINTING);
        var created = viewModel.applicationProperty().get();
        assertThat(count("print-sent")).isEqualTo(1);
        assertThat(desk.applications.archivedDocuments(created.id())).extracting(doc -> doc.kind())
                .containsExactlyInAnyOrder(DocumentKind.STUB, DocumentKind.CERTIFICATE);
        assertThat(count(ApplicationEvents.STUB_SIGNED)).isEqualTo(1);

        viewModel.printPanel().confirmPrinted();
        assertThat(viewModel.stageProperty().get()).isEqualTo(IssueViewModel.Stage.ISSUED);
        assertThat(desk.applications.get(created.id()).status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(viewModel.statusProperty().get()).contains(created.number().text()).contains("已出具");

        viewModel.nextApplicant();
        assertThat(nextApplicantCalled).isTrue();
        assertThat(viewModel.stageProperty().get()).isEqualTo(IssueViewModel.Stage.CLOSED);
        assertThat(viewModel.stub().phoneTextProperty().get()).isEmpty();
    }

    @Test
    void R07_R09_anApprovalKindWaitsInTheQueueWithItsDueDateAndCannotPrint() {
        IssueViewModel approvalForm = viewModel;
        approvalForm.open(kind("ISSUE_ABNORMAL_DEATH"));
        assertThat(approvalForm.verificationRecordShownProperty().get()).isTrue();
        field("deceasedName").valueProperty().set("王某");
        field("deceasedIdNumber").valueProperty().set(resident.idNumber());
        field("deathTime").valueProperty().set("2026-11-20 08:30");
        field("deathPlace").valueProperty().set("长春市朝阳区某路");
        field("deathManner").valueProperty().set("经调查，系意外落水溺亡。");
        field("incidentRecordNumber").valueProperty().set("J2026112000123");
        field("verificationResult").valueProperty().set("警综平台有接处警记录，情况属实。");
        signStub();
        // the community officer prepares R07 kinds
        assertThat(approvalForm.issue()).isFalse();
        assertThat(approvalForm.verificationMessageProperty().get()).contains("接处警");
        approvalForm.incidentNumberProperty().set("J2026112000123");
        approvalForm.verifiedOnProperty().set("2026-11-21");
        approvalForm.findingsProperty().set("警综平台记录与申请一致。");

        IssueViewModel communityForm = formFor(desk.community);
        communityForm.open(kind("ISSUE_ABNORMAL_DEATH"));
        copyFields(approvalForm, communityForm);
        assertThat(communityForm.issue()).isTrue();
        assertThat(communityForm.stageProperty().get()).isEqualTo(IssueViewModel.Stage.AWAITING_APPROVAL);
        assertThat(communityForm.canPrint()).isFalse();
        assertThat(count("print-sent")).isZero();
        var created = communityForm.applicationProperty().get();
        assertThat(created.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(created.details().verificationRecord()).containsEntry("incidentNumber", "J2026112000123");
        assertThat(communityForm.statusProperty().get()).contains("审批队列").contains("2026-11-30");
    }

    private IssueViewModel formFor(cn.certdesk.domain.officer.Officer officer) {
        Messages messages = new Messages(Messages.CHINESE);
        PrintPanelViewModel printPanel = new PrintPanelViewModel(new ApplicationDesk.AcceptingPrinter(),
                new DeskSettings(new SqliteSettingRepository(desk.database), clock, desk.audit), (pdf, dpi) -> List.of(),
                TaskRunner.sameThread(), messages);
        return new IssueViewModel(desk.applications, new StationDocuments(() -> engine, desk.station, Optional::empty),
                register, new FormFieldCheck(new IdNumberValidator(AddressCodeTable.loadBundled(), clock)),
                strokes -> SignatureImages.toPng(strokes, 600, 200), kind -> Optional.empty(),
                name -> engine.info(name).version(), applicant, null, printPanel, new StubViewModel(messages),
                officer, clock, TaskRunner.sameThread(), messages);
    }

    private static void copyFields(IssueViewModel from, IssueViewModel to) {
        for (int i = 0; i < from.fields().size(); i++) {
            to.fields().get(i).valueProperty().set(from.fields().get(i).text());
        }
        to.incidentNumberProperty().set(from.incidentNumberProperty().get());
        to.verifiedOnProperty().set(from.verifiedOnProperty().get());
        to.findingsProperty().set(from.findingsProperty().get());
        to.stub().strokesProperty().set(from.stub().strokesProperty().get());
        to.stub().phoneTextProperty().set(from.stub().phoneTextProperty().get());
    }

    @Test
    void R06_anotherApplicantInStepOneRefillsTheOpenFormFromTheirRegisterEntry() throws Exception {
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));
        field("ethnicity").valueProperty().set("改过的");
        ResidentRecord other;
        try (Statement statement = desk.database.connection().createStatement();
                ResultSet row = statement.executeQuery("SELECT id_number FROM resident WHERE id_number <> '"
                        + resident.idNumber() + "' AND deceased_on IS NULL ORDER BY id_number LIMIT 1")) {
            row.next();
            other = register.byIdNumber(row.getString(1)).orElseThrow();
        }
        applicant.set(Applicant.fromRegister(other.id(), other.name(), other.idNumber()));
        assertThat(field("idNumber").text()).isEqualTo(other.idNumber());
        assertThat(field("ethnicity").text()).isEqualTo(other.ethnicity());
    }

    @Test
    void R10_aKindWithASpecialProcedureCannotBeIssuedWhileItsSectionIsMissing() {
        viewModel.open(kind("ISSUE_NO_CRIMINAL_RECORD"));
        assertThat(viewModel.messageProperty().get()).contains("专门核查步骤尚未安装");
        assertThat(viewModel.issue()).isFalse();
        assertThat(count(ApplicationEvents.CREATED)).isZero();
    }

    @Test
    void R01_aKindTheStationDoesNotIssueOpensNoForm() {
        viewModel.open(kind("ABOLISHED_MARITAL_STATUS"));
        assertThat(viewModel.stageProperty().get()).isEqualTo(IssueViewModel.Stage.CLOSED);
        assertThat(viewModel.fields()).isEmpty();
    }
    // --- resuming a recorded application from the work list ------------------------------------

    private static final String RESUMED_NAME = "续办测试";
    private static final String RESUMED_ID = "220102199003071234";
    /** The person the abnormal-death certificate is about (its applicant is a relative). */
    private static final String DECEASED = "续办死者";

    /** An abnormal-death application (R07) the community officer prepared and sent to the head. */
    private cn.certdesk.domain.application.Application awaitingApproval() {
        CertificateKind death = kind("ISSUE_ABNORMAL_DEATH");
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        for (cn.certdesk.domain.catalogue.RequiredField field : death.requiredFields()) {
            String value = switch (field.type()) {
                case DATE -> "2026-11-20";
                case DATE_TIME -> "2026-11-20T08:30";
                case ID_NUMBER -> RESUMED_ID;
                case PHONE -> "13912345678";
                case GENDER -> "男";
                case PHOTO -> "";
                default -> field.id().equals("deceasedName") ? DECEASED : "续办内容";
            };
            if (!value.isEmpty()) {
                values.put(field.id(), value);
            }
        }
        var created = desk.applications.create(desk.community, new cn.certdesk.domain.application.NewApplication(
                death.code(), Applicant.manualEntry(RESUMED_NAME, RESUMED_ID), null, values,
                java.util.Map.of("incidentNumber", "J2201020000001"),
                new cn.certdesk.domain.application.Stub("13912345678", "signature-scan-1"),
                cn.certdesk.domain.application.Route.NORMAL, null));
        return desk.applications.requestApproval(desk.community, created.id());
    }

    private IssueViewModel communityForm() {
        IssueViewModel form = formFor(desk.community);
        form.printPanel().loadPrinters();
        return form;
    }

    private List<String> eventTypes(java.util.UUID id) {
        return desk.events.forAggregate(id).stream().map(cn.certdesk.domain.record.RecordEvent::eventType).toList();
    }

    @Test
    void R07_R08_anApprovedApplicationResumedFromTheWorkListPrintsFromItsRecordedValuesAndIsIssued() throws Exception {
        var application = desk.applications.approve(desk.head, awaitingApproval().id());
        IssueViewModel form = communityForm();

        form.resume(application.id());

        assertThat(form.resumedProperty().get()).isTrue();
        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.PRINTING);
        assertThat(form.canPrint()).isTrue();
        assertThat(form.headingProperty().get()).contains("非正常死亡").contains(application.number().text());
        assertThat(form.requirementsProperty().get()).contains(RESUMED_NAME).doesNotContain(RESUMED_ID);
        assertThat(form.fields()).isNotEmpty().allSatisfy(entry -> assertThat(entry.text())
                .isEqualTo(application.details().fieldValues().getOrDefault(entry.field().id(), "")));
        assertThat(form.statusProperty().get()).contains("已经所领导批准");
        assertThat(eventTypes(application.id())).doesNotContain("print-sent");

        assertThat(form.issue()).as("Ctrl+P prints").isTrue();
        assertThat(form.printPanel().awaitingConfirmationProperty().get()).isTrue();
        form.printPanel().confirmPrinted();

        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.ISSUED);
        assertThat(form.statusProperty().get()).contains("已出具");
        var stored = desk.applications.get(application.id());
        assertThat(stored.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(eventTypes(application.id())).containsExactly(ApplicationEvents.CREATED,
                ApplicationEvents.APPROVAL_REQUESTED, ApplicationEvents.APPROVED, "print-sent", "issued");
        var archived = desk.applications.archivedCertificate(application.id()).orElseThrow();
        Path pdf = java.nio.file.Files.write(dataDir.resolve("resumed.pdf"),
                desk.applications.archivedContent(archived.id()));
        assertThat(cn.certdesk.testing.TestPdfs.text(pdf)).contains(DECEASED).contains(application.number().text());
    }

    @Test
    void R07_anApplicationAwaitingApprovalResumesWithoutAnyWayToPrint() {
        var application = awaitingApproval();
        IssueViewModel form = communityForm();

        form.resume(application.id());

        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.AWAITING_APPROVAL);
        assertThat(form.statusProperty().get()).contains("等待所领导审批").contains(application.number().text());
        assertThat(form.canPrint()).isFalse();
        assertThat(form.issue()).isFalse();
        assertThat(count("print-sent")).isZero();
        assertThat(desk.applications.archivedCertificate(application.id())).isEmpty();
    }

    @Test
    void R15_aRejectedApplicationShowsTheHeadsReasonAndIsVoidedOnlyWithAReason() {
        var application = desk.applications.reject(desk.head, awaitingApproval().id(), "接处警记录号与现场不符");
        IssueViewModel form = communityForm();

        form.resume(application.id());

        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.REJECTED);
        assertThat(form.statusProperty().get()).contains("驳回").contains("接处警记录号与现场不符");
        assertThat(form.canPrint()).isFalse();
        assertThat(form.voidRejected()).as("no reason, no void").isFalse();
        assertThat(form.messageProperty().get()).isEqualTo("请填写作废原因。");
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.REJECTED);

        form.voidReasonProperty().set("已告知申请人，驳回后不再办理");
        assertThat(form.voidRejected()).isTrue();

        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.VOIDED);
        assertThat(form.statusProperty().get()).contains("已作废").contains("已告知申请人");
        var stored = desk.applications.get(application.id());
        assertThat(stored.status()).isEqualTo(ApplicationStatus.VOIDED);
        assertThat(stored.voidReason()).contains("已告知申请人，驳回后不再办理");
        assertThat(count("print-sent")).isZero();
    }

    @Test
    void R08_aPrintedButUnconfirmedApplicationAsksAgainAndPrintsAgainAfterNotPrinted() {
        var application = desk.applications.approve(desk.head, awaitingApproval().id());
        desk.applications.print(desk.community, application.id(), ApplicationDesk.printJob());
        IssueViewModel form = communityForm();

        form.resume(application.id());

        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.PRINTING);
        assertThat(form.statusProperty().get()).contains("尚未确认");
        assertThat(form.printPanel().awaitingConfirmationProperty().get()).isTrue();
        form.printPanel().reportNotPrinted();
        assertThat(form.printPanel().awaitingConfirmationProperty().get()).isFalse();
        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.APPROVED);

        assertThat(form.issue()).isTrue();
        form.printPanel().confirmPrinted();

        assertThat(desk.applications.get(application.id()).status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(count("print-sent")).isEqualTo(2);
        assertThat(form.stageProperty().get()).isEqualTo(IssueViewModel.Stage.ISSUED);
    }

    @Test
    void anOpenFormWithUnrecordedContentIsNotReplacedByAResumedApplication() {
        var application = desk.applications.approve(desk.head, awaitingApproval().id());
        viewModel.open(kind("ISSUE_RESIDENT_IDENTITY"));

        viewModel.resume(application.id());

        assertThat(viewModel.stageProperty().get()).isEqualTo(IssueViewModel.Stage.EDITING);
        assertThat(viewModel.resumedProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("尚未登记");
        assertThat(field("name").text()).isEqualTo(resident.name());
    }
}
