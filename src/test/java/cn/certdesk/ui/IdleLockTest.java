package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The idle lock: after 10 minutes without input the desk locks, keeps the work, and wants the password. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {

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


    private static boolean locked(FxRobot robot) {
        return robot.lookup("#lockOverlay").query().isVisible();
    }

    /** Logs in as the household officer and types a search on the catalogue screen: work on screen. */
    @BeforeEach
    void logInAndStartWork(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#searchField").tryQuery().isPresent());
        robot.clickOn("#searchField").write("亲属关系");
        waitFor(() -> "亲属关系".equals(robot.lookup("#searchField").queryAs(TextField.class).getText()));
    }

    @Test
    void theDeskStaysOpenBeforeTenIdleMinutes(FxRobot robot) {
        desk.clock().advance(Duration.ofMinutes(9));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(locked(robot)).isFalse();
    }

    @Test
    void tenIdleMinutesLockTheDeskAndTheWorkStaysUnderTheLock(FxRobot robot) throws Exception {
        desk.clock().advance(Duration.ofMinutes(10).plusSeconds(1));
        waitFor(() -> locked(robot));
        Node workArea = robot.lookup("#workArea").query();
        assertThat(workArea.isDisabled()).as("the work area takes no input while locked").isTrue();
        assertThat(robot.lookup("#lockedByLabel").queryAs(Label.class).getText()).contains("演示户籍民警");
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("亲属关系");
    }

    @Test
    void aWrongPasswordKeepsItLockedAndTheOwnPasswordUnlocksWithTheWorkIntact(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> locked(robot));
        robot.write("wrong-password").type(KeyCode.ENTER);
        waitFor(() -> !robot.lookup("#lockMessageLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#lockMessageLabel").queryAs(Label.class).getText()).contains("密码错误", "4");
        assertThat(locked(robot)).isTrue();

        robot.write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> !locked(robot));
        assertThat(robot.lookup("#workArea").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#searchField").queryAs(TextField.class).getText()).isEqualTo("亲属关系");
    }

    @Test
    void fiveWrongPasswordsAtTheLockLogTheOfficerOut(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> locked(robot));
        for (int attempt = 1; attempt <= 5; attempt++) {
            int expected = attempt;
            robot.write("wrong-" + attempt).type(KeyCode.ENTER);
            waitFor(() -> desk.officer("100001").failedAttempts() == expected
                    || robot.lookup("#policeNumberField").tryQuery().isPresent());
        }
        waitFor(() -> robot.lookup("#policeNumberField").tryQuery().isPresent());
        assertThat(desk.officer("100001").locked()).isTrue();
    }
}
