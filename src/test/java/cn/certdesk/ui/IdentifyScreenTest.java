package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.testing.TestResidents;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/**
 * Applicant identification from the keyboard: a card reader's number and Enter, or a pinyin search;
 * a person not in the register typed in by hand (Alt+M), with a reason for an unknown address code.
 */
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
            TestResidents.addTo(desk.context().database());
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

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theApplicantLineSaysTheResidentWasCheckedAgainstTheRegister(FxRobot robot) throws Exception {
        robot.write(TestResidents.ZHANG_SAN.idNumber()).type(KeyCode.ENTER);
        waitFor(() -> detail(robot).contains(TestResidents.ZHANG_SAN.idNumber()));
        assertThat(text(robot, "#applicantLabel")).contains("张三", TestResidents.ZHANG_SAN.masked(), "已核对人口信息")
                .doesNotContain(TestResidents.ZHANG_SAN.idNumber());
        assertThat(text(robot, "#agentLabel")).isEqualTo("本人办理（无委托人）");
        assertThat(detail(robot)).contains(TestResidents.HOUSEHOLD_NUMBER, TestResidents.WANG_EXT_B.masked());
    }

    @Test
    void aWrongCheckCharacterIsShownInChineseAsTheReaderFinishes(FxRobot robot) throws Exception {
        String valid = TestResidents.ZHANG_SAN.idNumber();
        robot.write(valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1'));
        waitFor(() -> text(robot, "#idMessageLabel").contains("校验位错误"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#idMessageLabel")).startsWith("校验位错误");
        assertThat(text(robot, "#applicantLabel")).isEqualTo("申请人：尚未确定");
    }

    @Test
    void aPersonNotInTheRegisterIsTypedInByHandFromTheKeyboard(FxRobot robot) throws Exception {
        robot.write(TestResidents.NOT_IN_REGISTER).type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#idMessageLabel").contains("本地人口信息中没有此人"));
        robot.push(KeyCode.ALT, KeyCode.M);
        waitFor(() -> robot.lookup("#manualNameField").queryAs(TextField.class).isFocused());
        assertThat(text(robot, "#manualDerivedLabel")).isEqualTo("性别：女　出生日期：1949-12-31（由号码得出）");
        robot.write("赵六").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#applicantLabel").contains("赵六"));
        assertThat(text(robot, "#applicantLabel")).contains("手工录入，未经人口信息核对");
        assertThat(detail(robot)).contains(TestResidents.NOT_IN_REGISTER, "未经人口信息核对");
        assertThat(robot.lookup("#manualPane").query().isVisible()).isFalse();
    }

    @Test
    void R15_anUnknownAddressCodeAsksForAReasonThatIsKeptWithTheApplicant(FxRobot robot) throws Exception {
        robot.write(TestResidents.UNKNOWN_ADDRESS_CODE).type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#idMessageLabel").contains("本地人口信息中没有此人"));
        robot.push(KeyCode.ALT, KeyCode.M);
        waitFor(() -> robot.lookup("#manualReasonField").queryAs(TextField.class).isFocused());
        assertThat(text(robot, "#manualIdMessageLabel")).contains("地址码不在行政区划代码表中");
        robot.write("新设区划已核实").type(KeyCode.ENTER);
        waitFor(() -> robot.lookup("#manualNameField").queryAs(TextField.class).isFocused());
        robot.write("钱七").type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#applicantLabel").contains("钱七"));
        assertThat(text(robot, "#applicantLabel")).contains("地址码核对理由：新设区划已核实");
    }

    @Test
    void aManualEntryWithoutANameSaysSoAndKeepsTheFormOpen(FxRobot robot) throws Exception {
        robot.write(TestResidents.NOT_IN_REGISTER).type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#idMessageLabel").contains("本地人口信息中没有此人"));
        robot.push(KeyCode.ALT, KeyCode.M);
        waitFor(() -> robot.lookup("#manualNameField").queryAs(TextField.class).isFocused());
        robot.type(KeyCode.ENTER);
        waitFor(() -> text(robot, "#manualMessageLabel").equals("请填写“申请人姓名”。"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#idField").query().isFocused());
        assertThat(robot.lookup("#manualPane").query().isVisible()).isFalse();
        assertThat(text(robot, "#applicantLabel")).isEqualTo("申请人：尚未确定");
    }

    @Test
    void aNameOutsideTheBmpIsListedAndShownExactly(FxRobot robot) throws Exception {
        robot.clickOn("#searchField").write("wangming").type(KeyCode.ENTER);
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#resultList").queryAs(ListView.class);
        waitFor(() -> !results.getItems().isEmpty());
        assertThat(robot.lookup("#resultList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(cell -> cell.getText()).filter(java.util.Objects::nonNull))
                .anySatisfy(line -> assertThat(line).startsWith(TestResidents.WANG_EXT_B.name() + "  "));
        int index = 0;
        while (!((cn.certdesk.domain.population.ResidentSummary) results.getItems().get(index)).name()
                .equals(TestResidents.WANG_EXT_B.name())) {
            index++;
        }
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER);
        waitFor(() -> detail(robot).contains(TestResidents.WANG_EXT_B.idNumber()));
        assertThat(detail(robot)).startsWith("姓名：" + TestResidents.WANG_EXT_B.name() + "\n");
        assertThat(text(robot, "#applicantLabel")).contains(TestResidents.WANG_EXT_B.name());
    }
}
