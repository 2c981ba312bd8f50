package cn.certdesk.app;

import static cn.certdesk.testing.FxSteps.waitFor;
import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.store.Database;
import cn.certdesk.testing.DeskFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The desk's start as the launcher runs it ({@link DeskStart}): the login is on screen and takes
 * the officer's typing while the store's integrity check still runs (held back here until the test
 * lets it go); logging in waits for the check and says so; nothing is written before the check;
 * a store that fails the check replaces the login with the damaged-store screen.
 */
class LoginWhileStoreOpensTest {

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch checkMayRun = new CountDownLatch(1);
    private final Executor heldBack = work -> new Thread(() -> {
        try {
            checkMayRun.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        work.run();
    }, "held-back-open").start();
    private Stage stage;
    private DeskStart start;

    @BeforeEach
    void stage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        checkMayRun.countDown();
        if (start != null) {
            start.awaitOpen().close();
        }
        FxToolkit.cleanupStages();
    }

    private void showDesk() throws Exception {
        start = DeskStart.prepare(List.of("--data-dir", dataDir.toString()), heldBack);
        FxToolkit.setupFixture(() -> start.show(stage, () -> { }));
        waitFor(() -> robot.lookup("#policeNumberField").tryQuery().isPresent());
    }

    @Test
    void theOfficerTypesWhileTheStoreIsCheckedAndIsLoggedInOnceTheCheckPassed() throws Exception {
        try (DeskFixture desk = DeskFixture.demoStation(dataDir)) {
            desk.context().onStoreThread(() -> null);
        }
        Path store = dataDir.resolve(Database.FILE_NAME);
        byte[] before = sha256(store);

        showDesk();
        assertThat(stage.getTitle()).contains("派出所").contains("合成");
        assertThat(robot.lookup("#stationLabel").queryAs(Label.class).getText()).contains("派出所");
        robot.write("100001").type(KeyCode.ENTER).write(DeskFixture.PASSWORD).type(KeyCode.ENTER);
        waitFor(() -> !message().isEmpty());

        assertThat(message()).isEqualTo("正在检查本地数据库，检查完毕后自动登录……");
        assertThat(robot.lookup("#statusOfficer").tryQuery()).isEmpty();
        assertThat(sha256(store)).as("nothing is written before the check").isEqualTo(before);

        checkMayRun.countDown();
        waitFor(30, () -> robot.lookup("#statusOfficer").tryQuery().isPresent());
        assertThat(robot.lookup("#statusOfficer").queryAs(Label.class).getText()).contains("100001");
    }

    @Test
    void aStoreThatFailsItsCheckReplacesTheLoginWithTheDamagedStoreScreen() throws Exception {
        try (DeskFixture desk = DeskFixture.demoStation(dataDir)) {
            desk.context().onStoreThread(() -> null);
        }
        Path store = dataDir.resolve(Database.FILE_NAME);
        // A household that names a household that does not exist: readable, but the check fails.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + store);
                Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.executeUpdate("UPDATE household SET split_from_id = 'no-such-household' "
                    + "WHERE rowid = (SELECT min(rowid) FROM household)");
        }
        byte[] before = sha256(store);

        showDesk();
        robot.write("100001");
        checkMayRun.countDown();
        waitFor(30, () -> robot.lookup(".app-title").tryQuery()
                .map(title -> "本地数据库已损坏".equals(((Label) title).getText())).orElse(false));

        assertThat(robot.lookup("#policeNumberField").tryQuery()).isEmpty();
        assertThat(sha256(store)).as("the damaged file is kept as it was").isEqualTo(before);
    }

    private String message() {
        return robot.lookup("#messageLabel").queryAs(Label.class).getText();
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
