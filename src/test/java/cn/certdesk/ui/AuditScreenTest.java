package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.ui.audit.AuditViewModel;
import cn.certdesk.ui.main.Screen;
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

/** R15: the station head opens the audit log from the keyboard and finds who did what, with the chain's state. */
@ExtendWith(ApplicationExtension.class)
class AuditScreenTest {

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

    private static void logIn(FxRobot robot, String policeNumber, String password) {
        robot.clickOn("#policeNumberField");
        robot.push(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN));
        robot.write(policeNumber).type(KeyCode.ENTER);
        robot.write(password).type(KeyCode.ENTER);
    }

    @SuppressWarnings("unchecked")
    private static TableView<AuditViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void R15_theHeadFindsAFailedLoginByTheOfficersPoliceNumberFromTheKeyboard(FxRobot robot) throws Exception {
        logIn(robot, "100001", "not-the-password");
        waitFor(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty());
        logIn(robot, "100003", DeskFixture.PASSWORD);
        waitFor(() -> robot.lookup("#statusOfficer").tryQuery().isPresent());

        int number = Screen.allowedScreens(desk.officer("100003")).indexOf(Screen.AUDIT) + 1;
        robot.push(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(number)), KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#chainLabel").tryQuery().isPresent()
                && robot.lookup("#chainLabel").queryAs(Label.class).getText().startsWith("审计链完整"));
        waitFor(() -> !table(robot).getItems().isEmpty());
        assertThat(table(robot).getItems()).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("登录失败");
            assertThat(row.officer()).isEqualTo("演示户籍民警（100001）");
        });
        assertThat(table(robot).getItems()).anySatisfy(row -> {
            assertThat(row.action()).isEqualTo("登录");
            assertThat(row.officer()).isEqualTo("演示所领导（100003）");
        });

        // Tab from the start date through the end date, officer and action to the object field; Enter searches
        waitFor(() -> robot.lookup("#fromPicker").query().isFocused()
                || robot.lookup("#fromPicker").query().lookup(".text-field").isFocused());
        robot.type(KeyCode.TAB, 4);
        waitFor(() -> robot.lookup("#objectField").queryAs(TextField.class).isFocused());
        robot.write("100001").type(KeyCode.ENTER);

        waitFor(() -> table(robot).getItems().stream().allMatch(row -> row.object().contains("100001")));
        assertThat(table(robot).getItems()).extracting(AuditViewModel.Row::action).contains("登录失败");
        assertThat(table(robot).getItems()).noneSatisfy(row -> assertThat(row.officer()).contains("100003"));
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText()).startsWith("共");
    }
}
