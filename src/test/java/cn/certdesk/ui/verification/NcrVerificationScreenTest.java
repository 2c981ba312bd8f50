package cn.certdesk.ui.verification;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.AppContext;
import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.archive.DocumentKind;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.population.ResidentRecord;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.store.population.SqlitePopulationRegister;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.NcrApplications;
import cn.certdesk.ui.common.UiFont;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The no-criminal-record section alone, as the issuing form embeds it, on a real demo station and
 * driven from the keyboard only (R10–R12).
 */
@ExtendWith(ApplicationExtension.class)
class NcrVerificationScreenTest {

    @TempDir
    static Path dataDir;

    private static DeskFixture desk;
    private static AppContext context;
    private VerificationSection section;
    private NcrVerificationViewModel viewModel;
    private Scene scene;

    /** One demo station for both tests (each has its own verification): the stage setup stays quick. */
    @BeforeAll
    static void openDesk() {
        desk = DeskFixture.demoStation(dataDir);
        context = desk.context();
    }

    @AfterAll
    static void closeDesk() {
        desk.close();
    }

    @Start
    void start(Stage stage) {
        Station station = context.onStoreThread(() -> context.stations().current().orElseThrow());
        ResidentRecord resident = context.onStoreThread(() -> {
            try (Statement statement = context.database().connection().createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT id_number FROM resident WHERE deceased_on IS NULL ORDER BY id_number LIMIT 1")) {
                row.next();
                return new SqlitePopulationRegister(context.database()).byIdNumber(row.getString(1)).orElseThrow();
            }
        });
        CertificateKind kind = context.reference().catalogue().byCode("ISSUE_NO_CRIMINAL_RECORD").orElseThrow();
        section = context.verificationSections(desk.officer("100001"), station)
                .forKind(kind, Applicant.fromRegister(resident.id(), resident.name(), resident.idNumber()))
                .orElseThrow();
        viewModel = ((NcrVerificationView) section).viewModel();
        scene = new Scene(new ScrollPane(section.view()), 1000, 700);
        scene.getStylesheets().add(UiFont.styleSheet());
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Tabs forward until the node with {@code id} has the focus (at most 40 steps), then presses Space
     * (ticks a radio button, presses a button).
     */
    private void tabToAndTick(FxRobot robot, String id) {
        for (int step = 0; step < 40; step++) {
            Node focused = scene.getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                robot.type(KeyCode.SPACE);
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("no focus reached " + id);
    }

    private String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private List<ArchivedDocument> archived(UUID id) {
        return context.onStoreThread(() -> context.applications(context.stations().current().orElseThrow())
                .archivedDocuments(id));
    }

    private List<RecordEvent> events() {
        return context.onStoreThread(() -> new SqliteRecordEventLog(context.database(), context.clock())
                .after(0, 1000));
    }

    @Test
    void R12_aResidentsApplicationFormIsPrintedAndAFoundRecordEndsInARecordedRefusal(FxRobot robot) throws Exception {
        tabToAndTick(robot, "residentRadio");
        waitFor(5, () -> robot.lookup("#phoneField").query().isFocused());
        robot.write("13804310000").type(KeyCode.TAB).write("出国（移民）").type(KeyCode.TAB).write("加拿大驻华使馆");
        tabToAndTick(robot, "printFormButton");
        waitFor(30, () -> !viewModel.formNumberProperty().get().isEmpty());
        assertThat(label(robot, "#formNumberLabel")).startsWith("申请表编号：");
        assertThat(archived(viewModel.verificationId())).extracting(ArchivedDocument::kind)
                .containsExactly(DocumentKind.NCR_APPLICATION_FORM);
        assertThat(label(robot, "#statusLabel")).startsWith("尚未核查：全国违法犯罪人员信息资源库");

        tabToAndTick(robot, "check-nationalDatabase-none");
        tabToAndTick(robot, "check-drugControl-found");
        waitFor(5, () -> label(robot, "#statusLabel").startsWith("发现违法犯罪记录"));
        assertThat(section.completeProperty().get()).isFalse();
        assertThat(robot.lookup("#refuseButton").query().isDisabled()).isFalse();

        tabToAndTick(robot, "refuseButton");
        waitFor(30, () -> section.refusedProperty().get());

        assertThat(label(robot, "#messageLabel")).startsWith("已记录不予出具");
        assertThat(label(robot, "#statusLabel")).isEqualTo("已记录不予出具，本次不出具证明。");
        assertThat(robot.lookup("#inputBox").query().isDisabled()).as("nothing more to tick").isTrue();
        assertThat(robot.lookup("#refuseButton").query().isDisabled()).isTrue();
        assertThat(section.record()).isEmpty();
        assertThat(events()).extracting(RecordEvent::eventType).contains("refusal-recorded",
                "ncr-verification-recorded").doesNotContain("application-created");
        assertThat(archived(viewModel.verificationId())).extracting(ArchivedDocument::kind)
                .containsExactly(DocumentKind.NCR_APPLICATION_FORM, DocumentKind.REFUSAL_NOTICE);
    }

    @Test
    void R11_aUnitsRequestWithNothingFoundInEverySystemCompletesTheSection(FxRobot robot) throws Exception {
        tabToAndTick(robot, "unitRadio");
        waitFor(5, () -> robot.lookup("#unitNameField").query().isFocused());
        String badId = NcrApplications.STAFF_ID_NUMBER.substring(0, 17) + "9";
        robot.write("长春市朝阳区人民法院").type(KeyCode.TAB).write("朝法介〔2026〕18号").type(KeyCode.TAB)
                .write("刘警官").type(KeyCode.TAB).write(badId);
        waitFor(5, () -> label(robot, "#staffIdMessageLabel").startsWith("校验位错误"));
        robot.type(KeyCode.BACK_SPACE).write("8");
        waitFor(5, () -> label(robot, "#staffIdMessageLabel").isEmpty());
        robot.type(KeyCode.TAB).write("案件办理");

        for (NcrVerificationViewModel.SystemCheck check : viewModel.checks()) {
            tabToAndTick(robot, "check-" + check.system().id() + "-none");
        }
        waitFor(5, () -> section.completeProperty().get());

        assertThat(label(robot, "#statusLabel")).startsWith("各系统均未发现违法犯罪记录");
        assertThat(section.refusedProperty().get()).isFalse();
        assertThat(section.record()).containsEntry("path", "UNIT").containsEntry("unitName", "长春市朝阳区人民法院")
                .containsEntry("staffIdNumber", NcrApplications.STAFF_ID_NUMBER)
                .containsEntry("checkPaperArchives", "NONE_FOUND");
        assertThat(section.formValues()).containsEntry("purpose", "案件办理")
                .hasEntrySatisfying("checkResult", text -> assertThat(text).contains("均未发现记录"));
        assertThat(robot.lookup("#refuseButton").query().isDisabled()).isTrue();
    }
}
