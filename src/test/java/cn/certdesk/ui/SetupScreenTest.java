package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start of a real desk: the setup screen records the station and creates the administrator. */
@ExtendWith(ApplicationExtension.class)
class SetupScreenTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.emptyDesk(dataDir);
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }


    private void fillIn(FxRobot robot, String stationCode, String confirmation) {
        robot.write("长春市公安局南关分局自强派出所").type(KeyCode.TAB)
                .write(stationCode).type(KeyCode.TAB)
                .type(KeyCode.TAB)            // desk number keeps 01
                .write("系统管理员甲").type(KeyCode.TAB)
                .write("900001").type(KeyCode.TAB)
                .write("admin-pass-1").type(KeyCode.TAB)
                .write(confirmation).type(KeyCode.ENTER);
    }

    @Test
    void aNewDeskAsksForTheStationAndTheAdministratorThenOffersTheLogin(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".app-title").queryAs(Label.class).getText()).isEqualTo("首次启动设置");
        fillIn(robot, "220102001001", "admin-pass-1");
        // The setup form has a #policeNumberField too: wait for the login screen itself (its button),
        // or the login keys go into the setup form while the store is still creating the account.
        waitFor(30, () -> robot.lookup("#logInButton").tryQuery().isPresent()
                && robot.lookup("#policeNumberField").query().isFocused());

        robot.write("900001").type(KeyCode.ENTER).write("admin-pass-1").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#statusRole").tryQuery().isPresent());
        assertThat(robot.lookup("#statusRole").queryAs(Label.class).getText()).contains("系统管理员");
        @SuppressWarnings("unchecked")
        ListView<Object> navigation = robot.lookup("#navigation").queryAs(ListView.class);
        assertThat(navigation.getItems()).extracting(Object::toString)
                .containsExactly("OVERVIEW", "CATALOGUE", "TEMPLATES", "ACCOUNTS", "SETTINGS");
    }

    @Test
    void aMistakeIsExplainedInChineseAndNothingIsKept(FxRobot robot) throws Exception {
        fillIn(robot, "110101001001", "admin-pass-1");
        waitFor(() -> !robot.lookup("#messageLabel").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#messageLabel").queryAs(Label.class).getText())
                .isEqualTo("派出所代码应为以22开头的12位数字。");
        assertThat(desk.context().onStoreThread(() -> desk.context().stations().current())).isEmpty();
        assertThat(desk.context().onStoreThread(() -> desk.context().accounts().needsFirstAdministrator())).isTrue();
    }
}
