package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.store.SqliteRecordEventLog;
import cn.certdesk.testing.CupsQueue;
import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.testing.TestPdfs;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

/**
 * At the counter, from the keyboard: the applicant is identified, asks for a certificate stations no
 * longer issue, and leaves with a printed notice; the refusal is recorded (R01, R02).
 */
@ExtendWith(ApplicationExtension.class)
class RefusalScreenTest {

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


    @BeforeEach
    void identifyTheApplicant(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(10, () -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());
        robot.write(idNumber).type(KeyCode.ENTER);
        waitFor(10, () -> robot.lookup("#detailArea").queryAs(TextArea.class).getText().contains(idNumber));
    }

    @Test
    void R01_R02_anAbolishedCertificateEndsInARecordedRefusalAndAPrintedNotice(FxRobot robot) throws Exception {
        CupsQueue.require();
        robot.clickOn("#requestField").write("婚姻状况").type(KeyCode.ENTER);
        waitFor(10, () -> robot.lookup("#guidanceArea").queryAs(TextArea.class).getText().contains("不再出具"));
        robot.type(KeyCode.ENTER).type(KeyCode.SPACE); // Enter on the list goes to the button, Space presses it
        waitFor(30, () -> !robot.lookup("#pagesBox").queryAs(VBox.class).getChildren().isEmpty());
        assertThat(robot.lookup("#requestMessageLabel").queryAs(Label.class).getText()).contains("已记录不予出具");
        assertThat(desk.context().onStoreThread(() -> new SqliteRecordEventLog(desk.context().database(),
                desk.context().clock()).after(0, 50)).stream().filter(e -> e.eventType().equals("refusal-recorded")))
                .hasSize(1);

        @SuppressWarnings("unchecked")
        ComboBox<String> printers = robot.lookup("#printerBox").queryAs(ComboBox.class);
        robot.interact(() -> printers.setValue(CupsQueue.NAME));
        robot.clickOn("#printButton");
        Path written = CupsQueue.awaitOutput(30_000).orElseThrow(() -> new AssertionError("no notice came out"));
        assertThat(TestPdfs.decodeQr(written)).hasValueSatisfying(qr -> assertThat(qr).startsWith("CD1|"));
    }

    @Test
    void R01_R02_aRequestOutsideTheCatalogueIsRecordedInTheApplicantsWords(FxRobot robot) throws Exception {
        robot.clickOn("#requestField").write("宠物饲养证明").type(KeyCode.ENTER);
        waitFor(10, () -> robot.lookup("#guidanceArea").queryAs(TextArea.class).getText().contains("不在证明目录中"));
        robot.type(KeyCode.SPACE); // the refuse button has the focus
        waitFor(30, () -> !robot.lookup("#pagesBox").queryAs(VBox.class).getChildren().isEmpty());
        assertThat(desk.context().onStoreThread(() -> new SqliteRecordEventLog(desk.context().database(),
                desk.context().clock()).after(0, 50)).stream().filter(e -> e.eventType().equals("refusal-recorded"))
                .map(e -> e.payload())).singleElement().asString().contains("宠物饲养证明");
    }
}
