package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Applicant;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationEvents;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.NewApplication;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.application.Stub;
import cn.certdesk.domain.archive.ArchivedDocument;
import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.domain.catalogue.RequiredField;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.testing.CupsQueue;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.testing.TestPdfs;
import cn.certdesk.ui.overview.HomeWorkListViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * R07, R08: an application the station head approved is opened again from the officer's work list
 * on the home screen, printed and confirmed — from the keyboard, against the real store and a
 * real CUPS queue. The stored status, its events and the archived PDF are checked.
 */
@ExtendWith(ApplicationExtension.class)
class ApprovedApplicationPrintTest {

    private static final String COMMUNITY = "100002";
    private static final String HEAD = "100003";
    private static final String KIND = "ISSUE_ABNORMAL_DEATH";
    private static final String APPLICANT = "续办申请人";
    private static final String APPLICANT_ID = "220102199003071234";
    /** The abnormal-death certificate names the deceased; the applicant is a relative. */
    private static final String DECEASED = "续办逝者";
    /** Seconds for work that may queue behind the first certificate render (the fonts load once). */
    private static final long SLOW = 60;

    @TempDir
    Path dataDir;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.demoStation(dataDir);
        desk.context().onStoreThread(() -> {
            desk.context().settings().setPrinter(CupsQueue.NAME); // this desk's printer, remembered
            return null;
        });
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ApplicationService applications() {
        return desk.context().applications(desk.context().stations().current().orElseThrow());
    }

    /** An abnormal-death application (R07) the community officer prepared and sent to the head. */
    private Application awaitingApproval(String applicantName, String deceased) {
        Officer community = desk.officer(COMMUNITY);
        return desk.context().onStoreThread(() -> {
            CertificateKind kind = desk.context().reference().catalogue().byCode(KIND).orElseThrow();
            Map<String, String> fields = new LinkedHashMap<>();
            for (RequiredField field : kind.requiredFields()) {
                String value = switch (field.type()) {
                    case DATE -> "2026-11-20";
                    case DATE_TIME -> "2026-11-20T08:30";
                    case ID_NUMBER -> APPLICANT_ID;
                    case PHONE -> "13912345678";
                    case GENDER -> "男";
                    case PHOTO -> "";
                    default -> field.id().equals("deceasedName") ? deceased : "经核实情况属实";
                };
                if (!value.isEmpty()) {
                    fields.put(field.id(), value);
                }
            }
            Application created = applications().create(community, new NewApplication(KIND,
                    Applicant.manualEntry(applicantName, APPLICANT_ID), null, fields,
                    Map.of("incidentNumber", "J2201020000001"), new Stub("13912345678", "signature-scan-1"),
                    Route.NORMAL, null));
            return applications().requestApproval(community, created.id());
        });
    }

    private Application stored(UUID id) {
        return desk.context().onStoreThread(() -> applications().get(id));
    }

    private List<String> eventTypes(UUID id) {
        return desk.context().onStoreThread(() -> new SqliteRecordEventLog(desk.context().database(),
                desk.context().clock()).forAggregate(id).stream().map(RecordEvent::eventType).toList());
    }

    private static String label(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static boolean focused(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().anyMatch(Node::isFocused);
    }

    @Test
    void R07_R08_anApprovedApplicationIsOpenedFromTheWorkListPrintedAndConfirmedFromTheKeyboard(FxRobot robot)
            throws Exception {
        CupsQueue.require();
        // one still waiting for the head, and the one the head approves
        awaitingApproval("另一申请人", "另一逝者");
        Application approved = awaitingApproval(APPLICANT, DECEASED);
        Officer head = desk.officer(HEAD);
        desk.context().onStoreThread(() -> applications().approve(head, approved.id()));

        FxSteps.logIn(robot, COMMUNITY);
        waitFor(() -> robot.lookup("#workTable").tryQuery().isPresent()
                && robot.lookup("#workTable").queryAs(TableView.class).getItems().size() == 2);
        robot.press(KeyCode.ALT, KeyCode.W).release(KeyCode.W, KeyCode.ALT);
        TableView<?> workList = robot.lookup("#workTable").queryAs(TableView.class);
        waitFor(workList::isFocused);
        robot.type(KeyCode.HOME);
        for (int step = 0; step < 2 && !selectedNumber(workList).equals(approved.number().text()); step++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(selectedNumber(workList)).isEqualTo(approved.number().text());
        robot.type(KeyCode.ENTER);

        // the issuing form shows the recorded application, read-only, with its next step: print
        waitFor(SLOW, () -> robot.lookup("#formScroll").query().isVisible()
                && label(robot, "#issueStatusLabel").contains("已经所领导批准"));
        assertThat(label(robot, "#headingLabel")).contains("非正常死亡").contains(approved.number().text());
        assertThat(robot.lookup("#field-deceasedName").queryAs(TextInputControl.class).getText()).isEqualTo(DECEASED);
        assertThat(robot.lookup("#field-deceasedName").queryAs(TextInputControl.class).isEditable()).isFalse();
        waitFor(SLOW, () -> focused(robot, "#printButton"));
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN));
        waitFor(SLOW, () -> focused(robot, "#confirmPrintedButton"));
        robot.type(KeyCode.SPACE); // the paper came out
        waitFor(30, () -> label(robot, "#issueStatusLabel").contains("已出具"));

        Application issued = stored(approved.id());
        assertThat(issued.status()).isEqualTo(ApplicationStatus.ISSUED);
        assertThat(eventTypes(approved.id())).containsExactly(ApplicationEvents.CREATED,
                ApplicationEvents.APPROVAL_REQUESTED, ApplicationEvents.APPROVED, "print-sent", "issued");
        byte[] pdf = desk.context().onStoreThread(() -> {
            ArchivedDocument archived = applications().archivedCertificate(approved.id()).orElseThrow();
            return applications().archivedContent(archived.id());
        });
        String text = TestPdfs.text(Files.write(dataDir.resolve("resumed-certificate.pdf"), pdf));
        assertThat(text).contains(DECEASED).contains(approved.number().text());
        assertThat(label(robot, "#requirementsLabel")).contains(APPLICANT).doesNotContain(APPLICANT_ID);
    }

    private static String selectedNumber(TableView<?> table) {
        Object selected = table.getSelectionModel().getSelectedItem();
        return selected instanceof HomeWorkListViewModel.Row row ? row.number() : "";
    }
}
