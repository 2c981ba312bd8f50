package cn.certdesk.ui.stub;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.stub.Signer;
import cn.certdesk.ui.common.Messages;
import cn.certdesk.ui.common.UiFont;
import cn.certdesk.ui.common.ViewLoader;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The stub screen driven like a desk: a signature drawn with the pointer, the rest from the keyboard. */
@ExtendWith(ApplicationExtension.class)
class StubScreenTest {

    private StubViewModel viewModel;

    @Start
    void start(Stage stage) {
        Messages messages = new Messages(Messages.CHINESE);
        viewModel = new StubViewModel(messages);
        Scene scene = new Scene(new ViewLoader(messages).load(new StubView(viewModel)), 640, 620);
        scene.getStylesheets().add(UiFont.styleSheet());
        stage.setScene(scene);
        stage.show();
    }

    private SignaturePad pad(FxRobot robot) {
        return robot.lookup("#signaturePad").queryAs(SignaturePad.class);
    }

    /** Press at (x, y) inside the pad, move in steps of (dx, dy), release. */
    private void stroke(FxRobot robot, double x, double y, int steps, double dx, double dy) {
        Bounds pad = pad(robot).localToScreen(pad(robot).getBoundsInLocal());
        robot.moveTo(new Point2D(pad.getMinX() + x, pad.getMinY() + y), Motion.DIRECT);
        robot.press(MouseButton.PRIMARY);
        for (int step = 0; step < steps; step++) {
            robot.moveBy(dx, dy, Motion.DIRECT);
        }
        robot.release(MouseButton.PRIMARY);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void aSignatureOfTwoStrokesAndAPhoneCompleteTheStubAndTheDeleteKeyClearsIt(FxRobot robot) {
        robot.clickOn("#phoneField").write("138 1234 5678");
        stroke(robot, 40, 60, 20, 12, 3);
        stroke(robot, 60, 120, 15, 14, -2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.strokesProperty().get().strokeCount()).isEqualTo(2);
        assertThat(viewModel.strokesProperty().get().inkLength()).isGreaterThan(300);
        assertThat(viewModel.isComplete()).isTrue();
        assertThat(text(robot, "#statusLabel")).isEqualTo("存根已填写完整。");
        assertThat(pad(robot).isFocused()).as("the pad takes the focus when signed on").isTrue();
        assertThat(pad(robot).getBackground().getFills().get(0).getFill()).as("focus ring")
                .isEqualTo(Color.web("#1d4e89"));

        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.strokesProperty().get().isEmpty()).isTrue();
        assertThat(pad(robot).getStrokes().isEmpty()).isTrue();
        assertThat(viewModel.isComplete()).isFalse();
        assertThat(text(robot, "#signatureMessageLabel")).isEqualTo("请签字人在签名板上签名。");
        assertThat(text(robot, "#statusLabel")).isEmpty();
    }

    @Test
    void anInvalidPhoneShowsTheChineseMessageUnderTheField(FxRobot robot) {
        robot.clickOn("#phoneField").write("1381234");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#phoneMessageLabel"))
                .isEqualTo("手机号码应为 11 位数字，以 13 至 19 开头，例如 138 1234 5678。");
        robot.write("5678");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#phoneMessageLabel")).isEmpty();
    }

    @Test
    void theSignerIsChosenWithTheKeyboard(FxRobot robot) {
        robot.clickOn("#phoneField");
        robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.signerProperty().get()).isEqualTo(Signer.AGENT);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.signerProperty().get()).isEqualTo(Signer.APPLICANT);
    }

    @Test
    void theClearButtonEmptiesThePadToSignAgain(FxRobot robot) {
        stroke(robot, 40, 60, 20, 12, 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.strokesProperty().get().strokeCount()).isEqualTo(1);
        robot.clickOn("#clearButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.strokesProperty().get().isEmpty()).isTrue();
        assertThat(pad(robot).isFocused()).isTrue();
    }
}
