package cn.certdesk.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Steps the TestFX tests share: waiting for the desk, and logging in from the keyboard. Stateless. */
public final class FxSteps {

    private FxSteps() {
    }

    /** Waits up to {@code seconds} for the condition, then for pending FX events. */
    public static void waitFor(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitFor(Callable<Boolean> condition) throws Exception {
        waitFor(10, condition);
    }

    /** Types police number, Enter, the demo password, Enter, and waits for the main window. */
    public static void logIn(FxRobot robot, String policeNumber) throws Exception {
        robot.write(policeNumber).type(javafx.scene.input.KeyCode.ENTER).write(DeskFixture.PASSWORD)
                .type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> robot.lookup("#statusOfficer").tryQuery().isPresent());
    }
}
