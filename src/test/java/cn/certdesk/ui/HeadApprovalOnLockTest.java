package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.ui.approval.ApprovalSeed;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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
 * Issue 5: a station head approves on the desk PC while the officer's session is locked, without
 * the officer logging out; the officer unlocks afterwards and the work on screen is still there.
 */
@ExtendWith(ApplicationExtension.class)
class HeadApprovalOnLockTest {

    private static final long SLOW = 60;
    private static final String HOUSEHOLD = "100001";
    private static final String COMMUNITY = "100002";
    private static final String HEAD = "100003";

    @TempDir
    Path dataDir;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.demoStation(dataDir);
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private static void alt(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.ALT, key).release(key, KeyCode.ALT);
    }

    private static boolean locked(FxRobot robot) {
        return robot.lookup("#lockOverlay").query().isVisible();
    }

    @Test
    void R07_aHeadApprovesThroughTheLockScreenAndTheOfficersLockedWorkIsUntouched(FxRobot robot) throws Exception {
        Application application = ApprovalSeed.awaitingApproval(desk, COMMUNITY);
        // The household officer is at work: a search typed on the catalogue screen.
        FxSteps.logIn(robot, HOUSEHOLD);
        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.clickOn("#searchField").write("亲属关系");
        waitFor(() -> "亲属关系".equals(robot.lookup("#searchField").queryAs(TextField.class).getText()));
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> locked(robot));

        // The head: Alt+H on the lock screen, sign in, decide with the password again, sign out.
        alt(robot, KeyCode.H);
        waitFor(() -> robot.lookup("#headPoliceNumberField").tryQuery().map(node -> node.isFocused()).orElse(false));
        robot.write(HEAD).type(KeyCode.ENTER).write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(SLOW, () -> robot.lookup("#queueTable").tryQuery().isPresent()
                && !robot.lookup("#queueTable").queryAs(TableView.class).getItems().isEmpty());
        assertThat(robot.lookup("#headLabel").queryAs(Label.class).getText()).contains("演示所领导");
        alt(robot, KeyCode.F);
        robot.type(KeyCode.ENTER);
        waitFor(SLOW, () -> !robot.lookup("#approveButton").query().isDisabled());
        robot.type(KeyCode.ENTER).write(DeskFixture.PASSWORD);
        alt(robot, KeyCode.A);
        waitFor(SLOW, () -> ApprovalSeed.stored(desk, application).status() == ApplicationStatus.APPROVED);
        assertThat(ApprovalSeed.stored(desk, application).approvedBy()).contains(desk.officer(HEAD).id());
        waitFor(SLOW, () -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("已批准"));
        alt(robot, KeyCode.Q);
        waitFor(() -> robot.lookup("#queueTable").tryQuery().isEmpty());

        // Still the officer's locked session, work untouched; their own password unlocks it.
        assertThat(locked(robot)).isTrue();
        assertThat(robot.lookup("#lockedByLabel").queryAs(Label.class).getText()).contains("演示户籍民警");
        assertThat(robot.lookup("#statusOfficer").queryAs(Label.class).getText()).contains("演示户籍民警");
        waitFor(() -> robot.lookup("#unlockPasswordField").query().isFocused());
        robot.write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> !locked(robot));
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("亲属关系");
        assertThat(desk.officer(HOUSEHOLD).failedAttempts()).isZero();
    }

    @Test
    void anOfficerWithoutTheApprovePermissionCannotSignInOnTheLockScreen(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, HOUSEHOLD);
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> locked(robot));
        alt(robot, KeyCode.H);
        waitFor(() -> robot.lookup("#headPoliceNumberField").tryQuery().map(node -> node.isFocused()).orElse(false));
        robot.write(COMMUNITY).type(KeyCode.ENTER).write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#signInMessageLabel").queryAs(Label.class).getText().contains("没有审批权限"));
        assertThat(robot.lookup("#queueTable").tryQuery()).isEmpty();
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#headPoliceNumberField").tryQuery().isEmpty());
        assertThat(locked(robot)).isTrue();
    }
}
