package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.CupsQueue;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
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

/** The template screen: a sample previewed from the PDF itself, and a test page through the real print queue. */
@ExtendWith(ApplicationExtension.class)
class TemplatesScreenTest {

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
    void openTheTemplateScreen(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN));
        // every template file shipped in templates/ is listed
        long shipped;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("templates"))) {
            shipped = files.filter(file -> file.getFileName().toString().endsWith(".json")).count();
        }
        String count = "共 " + shipped + " 个模板";
        waitFor(30, () -> robot.lookup("#templateList").tryQuery().isPresent()
                && robot.lookup("#messageLabel").queryAs(Label.class).getText().startsWith(count));
    }

    /** Focuses the template list from the keyboard side (a click would also select the row under it) and picks the first. */
    private static void chooseFirstTemplate(FxRobot robot) {
        robot.interact(() -> robot.lookup("#templateList").query().requestFocus());
        robot.type(KeyCode.HOME);
    }

    /** The first preview page once the panel shows one (read on the FX thread). */
    private static ImageView firstPage(FxRobot robot) throws Exception {
        VBox pages = robot.lookup("#pagesBox").queryAs(VBox.class);
        waitFor(20, () -> WaitForAsyncUtils.asyncFx(() -> !pages.getChildren().isEmpty()).get());
        return WaitForAsyncUtils.asyncFx(() -> (ImageView) pages.getChildren().get(0)).get();
    }

    @Test
    void choosingATemplateShowsItsSampleRenderedFromThePdf(FxRobot robot) throws Exception {
        chooseFirstTemplate(robot);
        ImageView page = firstPage(robot);
        assertThat(page.getImage().getWidth()).isGreaterThan(700);
        assertThat(robot.lookup("#titleLabel").queryAs(Label.class).getText()).startsWith("样例（虚构数据，测试用）");
    }

    @Test
    void aTestPageGoesThroughTheRealPrintQueueAndIsNotRecordedAsACertificate(FxRobot robot) throws Exception {
        CupsQueue.require();
        chooseFirstTemplate(robot);
        firstPage(robot);
        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#printerBox").queryAs(ComboBox.class);
        robot.interact(() -> printers.setValue(CupsQueue.NAME));
        robot.clickOn("#printButton");
        waitFor(30, () -> robot.lookup("#messageLabel").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("测试页已发送")));
        assertThat(CupsQueue.awaitOutput(30_000)).isPresent();
        assertThat(robot.lookup("#confirmBox").query().isVisible()).isFalse();
        assertThat(desk.context().onStoreThread(() -> new cn.certdesk.store.SqliteRecordEventLog(
                desk.context().database(), desk.context().clock()).after(0, 10))).isEmpty();
    }
}
