package cn.certdesk.ui.request;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.FormFieldCheck;
import cn.certdesk.domain.application.OverrideCertificate;
import cn.certdesk.domain.application.OverrideRequest;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.SpecialCase;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.idnumber.AddressCodeTable;
import cn.certdesk.domain.idnumber.IdNumberValidator;
import cn.certdesk.domain.station.DeskSettings;
import cn.certdesk.printing.SignatureImages;
import cn.certdesk.printing.StationDocuments;
import cn.certdesk.printing.TemplateEngine;
import cn.certdesk.store.SqliteSettingRepository;
import cn.certdesk.store.application.ApplicationDesk;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.MutableClock;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.TaskRunner;
import cn.certdesk.ui.issue.IssueViewModel;
import cn.certdesk.ui.print.PrintPanelViewModel;
import cn.certdesk.ui.stub.StubViewModel;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The override choice on the request panel and the general certificate's form, without a
 * toolkit, wired as the composition root wires them, over a real store and the real templates:
 * R13 offered only while the transition period is open, R14 with its special case, a reason
 * always, and the record in the station head's queue.
 */
class OverrideViewModelTest {

    private static final String ID_NUMBER = "220102199003071235";
    private static TemplateEngine engine;

    @TempDir
    Path dataDir;

    // Monday 2026-11-23, 09:30 in Changchun.
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private final SimpleObjectProperty<Applicant> applicant = new SimpleObjectProperty<>(
            Applicant.manualEntry("王𠀋明", ID_NUMBER));
    private final List<OverrideRequest> chosen = new ArrayList<>();
    private ApplicationDesk desk;
    private RequestViewModel request;
    private IssueViewModel issue;

    @BeforeAll
    static void loadTemplates() {
        engine = TemplateEngine.load(Path.of("templates"), new cn.certdesk.domain.catalogue.CatalogueReader()
                .readBundled());
    }

    @AfterAll
    static void closeTemplates() {
        engine.close();
    }

    private void open(LocalDate transitionLastDay) {
        desk = ApplicationDesk.open(dataDir, clock, transitionLastDay);
        ApplicationDesk.AcceptingPrinter printer = new ApplicationDesk.AcceptingPrinter();
        Messages messages = new Messages(Messages.CHINESE);
        PrintPanelViewModel printPanel = new PrintPanelViewModel(printer,
                new DeskSettings(new SqliteSettingRepository(desk.database), clock, desk.audit),
                (pdf, dpi) -> List.of(), TaskRunner.sameThread(), messages);
        StationDocuments documents = new StationDocuments(() -> engine, desk.station, Optional::empty);
        request = new RequestViewModel(desk.catalogue, desk.applications, documents, printer, printPanel,
                desk.household, desk.station, () -> "王𠀋明", clock, TaskRunner.sameThread(), messages);
        issue = new IssueViewModel(desk.applications, documents, new SqlitePopulationRegister(desk.database),
                new FormFieldCheck(new IdNumberValidator(AddressCodeTable.loadBundled(), clock)),
                strokes -> SignatureImages.toPng(strokes, 600, 200), kind -> Optional.empty(),
                name -> engine.info(name).version(), applicant, null, printPanel, new StubViewModel(messages),
                desk.household, clock, TaskRunner.sameThread(), messages);
        // as AppContext wires them
        request.setOnOverride(override -> {
            chosen.add(override);
            issue.openOverride(override);
        });
    }

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private CertificateKind ask(String words, String name) {
        request.queryProperty().set(words);
        CertificateKind kind = request.kinds().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        request.selectedProperty().set(kind);
        return kind;
    }

    private IssueViewModel.FieldEntry field(String id) {
        return issue.fields().stream().filter(entry -> entry.field().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void R13_theTransitionChoiceIsOfferedOnlyUntilItsLastDayWhichItShows() {
        open(LocalDate.of(2026, 12, 31));
        ask("婚姻状况", "婚姻状况证明");
        assertThat(request.canOverrideProperty().get()).isTrue();
        assertThat(request.transitionOpenProperty().get()).isTrue();
        assertThat(request.transitionTextProperty().get()).contains("R13", "2026-12-31");
        close();

        open(LocalDate.of(2026, 11, 22));
        ask("婚姻状况", "婚姻状况证明");
        assertThat(request.transitionOpenProperty().get()).isFalse();
        request.overrideRouteProperty().set(Route.TRANSITION_OVERRIDE);
        request.overrideReasonProperty().set("单位仍要求");
        assertThat(request.startOverride()).isFalse();
        assertThat(request.overrideMessageProperty().get()).contains("过渡期已于 2026-11-22 结束");
        assertThat(chosen).isEmpty();
    }

    @Test
    void R01_R13_R14_noOverrideIsOfferedForAKindTheStationIssues() {
        open(LocalDate.of(2026, 12, 31));
        ask("亲属关系", "亲属关系证明");
        assertThat(request.canOverrideProperty().get()).isFalse();
        request.overrideRouteProperty().set(Route.SPECIAL_CASE_OVERRIDE);
        assertThat(request.startOverride()).isFalse();
        assertThat(chosen).isEmpty();
    }

    @Test
    void R14_theSpecialCaseAndTheReasonAreMandatoryWithChineseMessages() {
        open(LocalDate.of(2026, 12, 31));
        ask("婚姻状况", "婚姻状况证明");
        assertThat(request.startOverride()).isFalse();
        assertThat(request.overrideMessageProperty().get()).contains("请先选择");
        request.overrideRouteProperty().set(Route.SPECIAL_CASE_OVERRIDE);
        request.overrideReasonProperty().set("出国（境）办理养老金");
        assertThat(request.startOverride()).isFalse();
        assertThat(request.overrideMessageProperty().get()).contains("请选择具体情形");
        request.specialCaseProperty().set(request.specialCases().stream()
                .filter(c -> c.code().equals("GOING_ABROAD")).findFirst().orElseThrow());
        request.overrideReasonProperty().set("   ");
        assertThat(request.startOverride()).isFalse();
        assertThat(request.overrideMessageProperty().get()).isEqualTo("请填写特殊办理的原因。");
        request.overrideReasonProperty().set("理".repeat(501));
        assertThat(request.startOverride()).isFalse();
        assertThat(request.overrideMessageProperty().get()).contains("500");
        assertThat(request.overrideReasonProperty().get()).as("nothing typed is lost").hasSize(501);
        assertThat(chosen).isEmpty();
    }

    @Test
    void R14_aSpecialCaseOverrideIsFilledInAsTheGeneralCertificateAndWaitsForTheHead() {
        open(LocalDate.of(2026, 12, 31));
        ask("婚姻状况", "婚姻状况证明");
        request.overrideRouteProperty().set(Route.SPECIAL_CASE_OVERRIDE);
        SpecialCase abroad = request.specialCases().stream().filter(c -> c.code().equals("GOING_ABROAD"))
                .findFirst().orElseThrow();
        request.specialCaseProperty().set(abroad);
        request.overrideReasonProperty().set("出国（境）办理养老金，特事特办");
        assertThat(request.startOverride()).isTrue();

        assertThat(issue.stageProperty().get()).isEqualTo(IssueViewModel.Stage.EDITING);
        assertThat(issue.headingProperty().get()).contains("R14", "婚姻状况证明");
        assertThat(issue.requirementsProperty().get()).contains(abroad.label(), "所领导审批");
        assertThat(issue.approvalRequiredProperty().get()).isTrue();
        assertThat(issue.stubRequiredProperty().get()).isFalse();
        assertThat(field("applicantName").text()).isEqualTo("王𠀋明");
        assertThat(field("applicantIdNumber").text()).isEqualTo(ID_NUMBER);
        assertThat(field(OverrideCertificate.MATTER).text()).isEqualTo("婚姻状况证明");
        assertThat(issue.issue()).as("the certificate's text is still empty").isFalse();
        assertThat(field(OverrideCertificate.TEXT).messageProperty().get()).contains("证明内容");

        field(OverrideCertificate.TEXT).valueProperty().set("经核查，王𠀋明户籍登记在本所辖区。");
        assertThat(issue.issue()).as(issue.messageProperty().get()).isTrue();
        assertThat(issue.stageProperty().get()).isEqualTo(IssueViewModel.Stage.AWAITING_APPROVAL);
        Application created = issue.applicationProperty().get();
        assertThat(created.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
        assertThat(created.route()).isEqualTo(Route.SPECIAL_CASE_OVERRIDE);
        assertThat(created.details().overrideReason()).isEqualTo("出国（境）办理养老金，特事特办");
        assertThat(desk.applications.awaitingApproval()).extracting(item -> item.id()).containsExactly(created.id());
        assertThat(desk.events.forAggregate(created.id()).stream()
                .filter(e -> e.eventType().equals(ApplicationEvents.CREATED)).findFirst().orElseThrow().payload())
                .contains("GOING_ABROAD", "婚姻状况证明");
    }

    @Test
    void R13_aRequestOutsideTheCatalogueGoesThroughTheTransitionPeriodInTheApplicantsWords() {
        open(LocalDate.of(2026, 12, 31));
        request.queryProperty().set("宠物饲养证明");
        assertThat(request.kinds()).isEmpty();
        assertThat(request.canOverrideProperty().get()).isTrue();
        request.overrideRouteProperty().set(Route.TRANSITION_OVERRIDE);
        request.overrideReasonProperty().set("过渡期内社区仍要求");
        assertThat(request.startOverride()).isTrue();
        assertThat(chosen).singleElement().satisfies(choice -> {
            assertThat(choice.kindCode()).isEqualTo(OverrideCertificate.OUTSIDE_CATALOGUE);
            assertThat(choice.specialCase()).isNull();
        });
        assertThat(field(OverrideCertificate.MATTER).text()).isEqualTo("宠物饲养证明");
        field(OverrideCertificate.TEXT).valueProperty().set("经核查，申请人居住在本所辖区。");
        assertThat(issue.issue()).isTrue();
        Application created = issue.applicationProperty().get();
        assertThat(created.route()).isEqualTo(Route.TRANSITION_OVERRIDE);
        assertThat(created.kindCode()).isEqualTo(OverrideCertificate.OUTSIDE_CATALOGUE);
        assertThat(created.status()).isEqualTo(ApplicationStatus.AWAITING_APPROVAL);
    }

    @Test
    void R13_R14_aNewRequestClearsTheOverrideChoice() {
        open(LocalDate.of(2026, 12, 31));
        ask("婚姻状况", "婚姻状况证明");
        request.overrideRouteProperty().set(Route.TRANSITION_OVERRIDE);
        request.overrideReasonProperty().set("理由");
        request.queryProperty().set("健在");
        assertThat(request.overrideRouteProperty().get()).isNull();
        assertThat(request.overrideReasonProperty().get()).isEmpty();
    }

    @Test
    void R02_R13_R14_onceTheRefusalIsRecordedNoOverrideIsOfferedForThatRequest() {
        open(LocalDate.of(2026, 12, 31));
        ask("婚姻状况", "婚姻状况证明");
        request.refuseAndPrintNotice();
        assertThat(request.messageProperty().get()).contains("已记录不予出具");
        assertThat(request.canOverrideProperty().get()).isFalse();
        request.overrideRouteProperty().set(Route.SPECIAL_CASE_OVERRIDE);
        assertThat(request.startOverride()).isFalse();
        ask("健在", "健在证明");
        assertThat(request.canOverrideProperty().get()).as("the next request may be overridden").isTrue();
    }
}
