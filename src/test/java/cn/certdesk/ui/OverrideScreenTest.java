package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationService;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.Route;
import cn.certdesk.domain.station.Station;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
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
 * At the counter, from the keyboard only: the applicant asks for a certificate stations no longer
 * issue, the officer takes the special-case path (R14) with its case and reason, fills in the
 * general certificate and sends it to the station head's approval queue.
 */
@ExtendWith(ApplicationExtension.class)
class OverrideScreenTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;
    private String idNumber;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.demoStation(dataDir);
        idNumber = desk.context().onStoreThread(() -> {
            try (Statement statement = desk.context().database().connection().createStatement();
                    ResultSet row = statement.executeQuery(
                            "SELECT id_number FROM resident WHERE deceased_on IS NULL ORDER BY id_number LIMIT 1")) {
                row.next();
                return row.getString(1);
            }
        });
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }

    private List<ApprovalQueueItem> queue() {
        return desk.context().onStoreThread(() -> {
            Station station = desk.context().stations().current().orElseThrow();
            return desk.context().applications(station).awaitingApproval();
        });
    }

    @Test
    void R14_aSpecialCaseOverrideGoesFromTheKeyboardToTheStationHeadsQueue(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(10, () -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());
        robot.write(idNumber).type(KeyCode.ENTER);
        waitFor(10, () -> robot.lookup("#detailArea").queryAs(TextArea.class).getText().contains(idNumber));

        alt(robot, KeyCode.Q); // 申请人要开(_Q)
        robot.write("婚姻状况").type(KeyCode.ENTER);
        waitFor(10, () -> robot.lookup("#guidanceArea").queryAs(TextArea.class).getText().contains("不再出具"));
        robot.type(KeyCode.ENTER); // the list hands over to the refusal / override choices
        waitFor(10, () -> robot.lookup("#overrideBox").query().isVisible());
        // R13: the demo desk's transition period ended (2015-12-31): not offered
        assertThat(robot.lookup("#transitionChoice").queryAs(RadioButton.class).isVisible()).isFalse();

        alt(robot, KeyCode.Z); // 特殊情形（R14）(_Z)
        robot.type(KeyCode.SPACE); // the mnemonic focuses the choice, Space takes it
        waitFor(10, () -> robot.lookup("#specialCaseBox").query().isFocused());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN); // the second case: going abroad
        alt(robot, KeyCode.Y); // 出具原因(_Y)
        robot.write("出国（境）办理养老金领取，特事特办").type(KeyCode.ENTER);

        waitFor(10, () -> robot.lookup("#headingLabel").queryAs(Label.class).getText().contains("R14"));
        waitFor(10, () -> robot.lookup(".text-area").queryAll().stream().anyMatch(node -> node.isFocused()));
        robot.write("经核查，申请人户籍登记在本所辖区，户口状态正常。");
        robot.push(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN)); // submit the form
        waitFor(30, () -> !queue().isEmpty());

        ApprovalQueueItem waiting = queue().get(0);
        assertThat(waiting.route()).isEqualTo(Route.SPECIAL_CASE_OVERRIDE);
        assertThat(waiting.kindCode()).isEqualTo("ABOLISHED_MARITAL_STATUS");
        Application created = desk.context().onStoreThread(() -> {
            Station station = desk.context().stations().current().orElseThrow();
            ApplicationService applications = desk.context().applications(station);
            return applications.get(waiting.id());
        });
        assertThat(created.details().overrideReason()).isEqualTo("出国（境）办理养老金领取，特事特办");
        assertThat(created.details().fieldValues()).containsEntry("specialCase", "GOING_ABROAD")
                .containsEntry("certificateText", "经核查，申请人户籍登记在本所辖区，户口状态正常。");
        waitFor(10, () -> robot.lookup("#issueStatusLabel").queryAs(Label.class).getText().contains("审批"));
    }
}
