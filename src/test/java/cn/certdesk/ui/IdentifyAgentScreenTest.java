package cn.certdesk.ui;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import cn.certdesk.testing.FxSteps;
import cn.certdesk.testing.TestResidents;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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

/**
 * The agent path (委托人代办) from the keyboard: Alt+A, the agent's card read like a keyboard (number,
 * Enter), then name, relation, phone and power of attorney, each ended with Enter.
 */
@ExtendWith(ApplicationExtension.class)
class IdentifyAgentScreenTest {

    @TempDir
    Path dataDir;

    private DeskFixture desk;

    @Start
    void start(Stage stage) {
        desk = DeskFixture.demoStation(dataDir);
        desk.context().onStoreThread(() -> {
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
    void identifyTheApplicantByCard(FxRobot robot) throws Exception {
        FxSteps.logIn(robot, "100001");
        robot.push(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        waitFor(() -> robot.lookup("#idField").tryQuery().isPresent() && robot.lookup("#idField").query().isFocused());
        robot.write(TestResidents.ZHANG_SAN.idNumber()).type(KeyCode.ENTER);
        waitFor(() -> label(robot, "#applicantLabel").contains("张三"));
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static boolean focused(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).isFocused();
    }

    private void typeAgent(FxRobot robot, String idNumber, String name) throws Exception {
        robot.push(KeyCode.ALT, KeyCode.A);
        waitFor(() -> focused(robot, "#agentIdField"));
        robot.write(idNumber).type(KeyCode.ENTER); // the card reader
        waitFor(() -> focused(robot, "#agentNameField"));
        robot.write(name).type(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#agentRelationField"));
        robot.write("朋友").type(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#agentPhoneField"));
        robot.write("0431-85551234").type(KeyCode.ENTER);
        waitFor(() -> focused(robot, "#agentPoaField"));
        robot.write("WT-2026-001").type(KeyCode.ENTER);
    }

    @Test
    void anAgentIsEnteredFromTheKeyboardAndShownMaskedInTheLineAndWholeInTheDetail(FxRobot robot) throws Exception {
        typeAgent(robot, TestResidents.AGENT_NOT_IN_REGISTER, "孙八");
        waitFor(() -> label(robot, "#agentLabel").startsWith("委托人：孙八"));
        assertThat(label(robot, "#agentLabel")).contains("220104********", "朋友")
                .doesNotContain(TestResidents.AGENT_NOT_IN_REGISTER);
        String detail = robot.lookup("#detailArea").queryAs(TextArea.class).getText();
        assertThat(detail).contains("委托人：孙八", TestResidents.AGENT_NOT_IN_REGISTER, "0431-85551234", "WT-2026-001");
        assertThat(robot.lookup("#agentPane").query().isVisible()).isFalse();
        assertThat(robot.lookup("#idField").query().isFocused()).isTrue();

        robot.push(KeyCode.ALT, KeyCode.P);
        waitFor(() -> label(robot, "#agentLabel").equals("本人办理（无委托人）"));
    }

    @Test
    void theApplicantCannotBeTheirOwnAgent(FxRobot robot) throws Exception {
        typeAgent(robot, TestResidents.ZHANG_SAN.idNumber(), "张三");
        waitFor(() -> label(robot, "#agentMessageLabel").equals("委托人不能是申请人本人：申请人本人办理时不需要委托人。"));
        assertThat(label(robot, "#agentLabel")).isEqualTo("本人办理（无委托人）");
        assertThat(robot.lookup("#agentPane").query().isVisible()).isTrue();
    }

    @Test
    void aWrongAgentNumberIsNamedWhileTheReaderTypesAndEscClosesTheForm(FxRobot robot) throws Exception {
        robot.push(KeyCode.ALT, KeyCode.A);
        waitFor(() -> focused(robot, "#agentIdField"));
        robot.write(TestResidents.number("22010219850230991"));
        waitFor(() -> label(robot, "#agentIdMessageLabel").startsWith("出生日期无效"));
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> robot.lookup("#idField").query().isFocused());
        assertThat(robot.lookup("#agentPane").query().isVisible()).isFalse();
        assertThat(label(robot, "#agentLabel")).isEqualTo("本人办理（无委托人）");
    }
}
