package cn.certdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.testing.DeskFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Database#glance}: what the login shows while the store's integrity check still runs, read
 * from a real SQLite file without writing to it.
 */
class StoreGlanceTest {

    @TempDir
    Path dataDir;

    @Test
    void aDemoStoreShowsItsStationAsSyntheticWithAccountsAndIsNotWritten() throws Exception {
        try (DeskFixture desk = DeskFixture.demoStation(dataDir)) {
            desk.context().onStoreThread(() -> null);
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        byte[] before = sha256(file);

        Database.Glance glance = Database.glance(file).orElseThrow();

        assertThat(glance.stationName()).contains("派出所");
        assertThat(glance.synthetic()).isTrue();
        assertThat(glance.hasAccounts()).isTrue();
        assertThat(sha256(file)).isEqualTo(before);
    }

    @Test
    void noFileMeansNoGlanceAndNoFile() {
        Path file = dataDir.resolve(Database.FILE_NAME);

        assertThat(Database.glance(file)).isEmpty();
        assertThat(file).doesNotExist();
    }

    @Test
    void aNewDeskWithoutStationOrAccountsGivesNoGlanceSoTheDeskWaitsForSetup() {
        try (DeskFixture desk = DeskFixture.emptyDesk(dataDir)) {
            desk.context().onStoreThread(() -> null);
        }

        assertThat(Database.glance(dataDir.resolve(Database.FILE_NAME))).isEmpty();
    }

    @Test
    void aFileThatIsNotADatabaseGivesNoGlanceAndStaysAsItWas() throws Exception {
        Path file = dataDir.resolve(Database.FILE_NAME);
        Files.writeString(file, "这不是数据库 not a database ".repeat(500));
        byte[] before = sha256(file);

        assertThat(Database.glance(file)).isEmpty();
        assertThat(sha256(file)).isEqualTo(before);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }
}
