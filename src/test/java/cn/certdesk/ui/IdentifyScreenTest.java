package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
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

/** Applicant identification from the keyboard: a card reader's number and Enter, or a pinyin search. */
@ExtendWith(ApplicationExtension.class)
class IdentifyScreenTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;
    private String idNumber;
    private String name;
    private String initials;

    @Start
    void start(Stage stage) throws Exception {
        desk = DeskFixture.demoStation(dataDir);
        desk.context().onStoreThread(() -> {
            try (Statement statement = desk.context().database().connection().createStatement();
                    ResultSet row = statement.executeQuery("SELECT id_number, name, pinyin_initials FROM resident "
                            + "WHERE deceased_on IS NULL AND pinyin_initials <> '' ORDER BY id_number LIMIT 1")) {
                row.next();
                idNumber = row.getString(1);
                name = row.getString(2);
                initials = row.getString(3).split(" ")[0];
            }
            return null;
        });
        desk.showIn(stage);
    }

    @AfterEach
    void close() {
        desk.close();
    }


    @BeforeEach
    void openIdentification(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());
    }

    private String detail(FxRobot robot) {
        return robot.lookup("#detailArea").queryAs(TextArea.class).getText();
    }

    @Test
    void aCardReaderTypesTheNumberAndEnterAndTheResidentIsShownInFull(FxRobot robot) throws Exception {
        robot.write(idNumber).type(KeyCode.ENTER);
        waitFor(() -> detail(robot).contains(idNumber));
        assertThat(detail(robot)).contains("姓名：" + name, "户号", "（演示站合成数据，非真实人员）");
    }

    @Test
    void aPinyinSearchListsMaskedNumbersAndEnterOpensTheDetail(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write(initials).type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#resultList").queryAs(ListView.class);
        waitFor(() -> !results.getItems().isEmpty());
        String first = robot.lookup("#resultList .list-cell").queryLabeled().getText();
        assertThat(first).contains("********").doesNotContainPattern("[0-9]{17}[0-9X]");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitFor(() -> detail(robot).contains("公民身份号码："));
        assertThat(detail(robot)).containsPattern("公民身份号码：[0-9]{17}[0-9X]");
    }
}
