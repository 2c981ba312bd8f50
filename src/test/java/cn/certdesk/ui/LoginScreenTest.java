package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
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
import org.testfx.util.WaitForAsyncUtils;

/** The login screen driven from the keyboard, as an officer would. */
@ExtendWith(ApplicationExtension.class)
class LoginScreenTest {

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

    private void logIn(FxRobot robot, String policeNumber, String password) {
        robot.clickOn("#policeNumberField");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(policeNumber).type(KeyCode.ENTER);
        robot.write(password).type(KeyCode.ENTER);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }


    @Test
    void theLoginScreenSpeaksChineseAndNamesTheDemoStation(FxRobot robot) {
        assertThat(robot.lookup(".app-title").queryAs(Label.class).getText()).isEqualTo("CertDesk 派出所证明出具系统");
        assertThat(robot.lookup(".demo-banner").queryAs(Label.class).getText()).contains("合成数据");
        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("派出所");
    }

    @Test
    void anOfficerLogsInWithTheKeyboardAloneAndSeesTheirNameAndRoleInTheStatusBar(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        assertThat(robot.lookup("#statusOfficer").queryAs(Label.class).getText()).contains("演示户籍民警", "100001");
        assertThat(robot.lookup("#statusRole").queryAs(Label.class).getText()).contains("户籍民警");
        assertThat(robot.lookup("#statusStation").queryAs(Label.class).getText()).contains("派出所");
    }

    @Test
    void aWrongPasswordIsRefusedInChineseAndThePasswordFieldIsCleared(FxRobot robot) throws Exception {
        logIn(robot, "100001", "not-the-password");
        waitFor(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("警号或密码错误。连续输错 5 次账户将被锁定。");
        assertThat(robot.lookup("#passwordField").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(robot.lookup("#statusOfficer").tryQuery()).isEmpty();
    }

    @Test
    void anUnknownPoliceNumberGetsTheSameMessageAsAWrongPassword(FxRobot robot) throws Exception {
        logIn(robot, "555555", DeskFixture.PASSWORD);
        waitFor(() -> !message(robot).isEmpty());
        assertThat(message(robot)).isEqualTo("警号或密码错误。连续输错 5 次账户将被锁定。");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneNoLongerLogsIn(FxRobot robot) throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            int expected = attempt;
            logIn(robot, "100002", "wrong-" + attempt);
            waitFor(() -> desk.officer("100002").failedAttempts() == expected);
        }
        waitFor(() -> message(robot).contains("已被锁定"));
        assertThat(message(robot)).contains("已被锁定");
        logIn(robot, "100002", DeskFixture.PASSWORD);
        WaitForAsyncUtils.sleep(500, TimeUnit.MILLISECONDS);
        waitFor(() -> message(robot).contains("已被锁定"));
        assertThat(robot.lookup("#statusOfficer").tryQuery()).isEmpty();
    }
}
