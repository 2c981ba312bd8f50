package cn.certdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.app.CertDeskApp;
import cn.certdesk.store.Database;
import cn.certdesk.testing.DeskFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real application started on a damaged store: a clear Chinese message, nothing written to
 * the file, the latest backup offered, and a restore that keeps the damaged file.
 */
class DamagedStoreScreenTest {

    @TempDir
    Path dataDir;

    private Application app;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private Path storeWithBackupThenCorrupted() throws Exception {
        try (DeskFixture desk = DeskFixture.demoStation(dataDir)) {
            desk.context().onStoreThread(() -> desk.context().database().backupNow("test"));
        }
        Path store = dataDir.resolve(Database.FILE_NAME);
        corrupt(store);
        return store;
    }

    private void launch() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CertDeskApp.class, "--data-dir", dataDir.toString());
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".app-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theOfficerSeesWhatHappenedInChineseAndTheFileIsNotTouched() throws Exception {
        Path store = storeWithBackupThenCorrupted();
        byte[] before = sha256(store);

        launch();

        assertThat(robot.lookup(".app-title").queryAs(Label.class).getText()).isEqualTo("本地数据库已损坏");
        assertThat(robot.lookup("#explanationLabel").queryAs(Label.class).getText())
                .contains("已损坏", store.toAbsolutePath().toString(), "没有向该文件写入任何内容");
        assertThat(robot.lookup("#backupLabel").queryAs(Label.class).getText()).contains("可以恢复最近一次备份", ".db");
        assertThat(sha256(store)).isEqualTo(before);
    }

    @Test
    void restoringTheBackupFromTheKeyboardKeepsTheDamagedFileAndLeadsToTheLogin() throws Exception {
        Path store = storeWithBackupThenCorrupted();
        byte[] damaged = sha256(store);
        launch();

        robot.type(KeyCode.SPACE); // the restore button has the focus
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#policeNumberField").tryQuery().isPresent());

        List<Path> kept;
        try (Stream<Path> files = Files.list(dataDir.resolve("damaged"))) {
            kept = files.filter(p -> p.toString().endsWith(".db")).toList();
        }
        assertThat(kept).hasSize(1);
        assertThat(sha256(kept.get(0))).isEqualTo(damaged);
        assertThat(Database.checkIntegrity(store)).isEmpty();
    }

    @Test
    void withoutABackupTheOfficerIsToldToCallItAndCannotRestore() throws Exception {
        Files.writeString(dataDir.resolve(Database.FILE_NAME), "not a database ".repeat(500));
        launch();
        assertThat(robot.lookup("#backupLabel").queryAs(Label.class).getText()).contains("没有找到备份");
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isTrue();
    }

    private static void corrupt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        for (int page = 1; page < bytes.length / 4096; page++) {
            for (int i = 0; i < 4096; i += 7) {
                bytes[page * 4096 + i] = (byte) 0xA5;
            }
        }
        Files.write(file, bytes);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
