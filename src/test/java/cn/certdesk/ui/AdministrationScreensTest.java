package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** The administrator's screens: accounts and desk settings, against the real store. */
@ExtendWith(ApplicationExtension.class)
class AdministrationScreensTest {

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


    @BeforeEach
    void logInAsAdministrator(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100009");
    }

    @Test
    void theAdministratorCreatesAnOfficerWhoCanThenLogIn(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.clickOn("#nameField").write("社区民警乙").type(KeyCode.TAB).write("100020");
        robot.clickOn("#roleCOMMUNITY_OFFICER");
        robot.clickOn("#passwordField").write("new-officer-1").type(KeyCode.TAB).write("new-officer-1");
        robot.clickOn("创建账户");
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().contains("已创建账户"));

        Officer created = desk.officer("100020");
        assertThat(created.name()).isEqualTo("社区民警乙");
        assertThat(created.roles()).containsExactly(Role.COMMUNITY_OFFICER);
        assertThat(created.synthetic()).isFalse();
        @SuppressWarnings("unchecked")
        TableView<Officer> table = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> table.getItems().stream().anyMatch(o -> o.policeNumber().equals("100020")));
    }

    @Test
    void anEmptyNameIsRefusedWithAChineseMessageAndNothingIsCreated(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#policeNumberField").tryQuery().isPresent());
        robot.clickOn("#policeNumberField").write("100021");
        robot.clickOn("#roleHOUSEHOLD_OFFICER");
        robot.clickOn("#passwordField").write("new-officer-1").type(KeyCode.TAB).write("new-officer-1");
        robot.clickOn("创建账户");
        waitFor(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).isEqualTo("请填写“姓名”。");
        assertThat(desk.context().onStoreThread(() -> new cn.certdesk.store.SqliteOfficerRepository(
                desk.context().database()).findByPoliceNumber("100021"))).isEmpty();
    }

    @Test
    void aShorterIdleLockTimeIsSavedAndTakesEffect(FxRobot robot) throws Exception {
        robot.push(new KeyCodeCombination(KeyCode.DIGIT5, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idleMinutesField").tryQuery().isPresent());
        waitFor(() -> "10".equals(robot.lookup("#idleMinutesField").queryAs(javafx.scene.control.TextField.class)
                .getText()));
        robot.doubleClickOn("#idleMinutesField").write("3").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#messageLabel").queryAs(Label.class).getText().equals("已保存。"));
        assertThat(desk.context().onStoreThread(() -> desk.context().settings().idleLockAfter()))
                .isEqualTo(Duration.ofMinutes(3));

        desk.clock().advance(Duration.ofMinutes(3).plusSeconds(1));
        waitFor(() -> robot.lookup("#lockOverlay").query().isVisible());
    }
}
