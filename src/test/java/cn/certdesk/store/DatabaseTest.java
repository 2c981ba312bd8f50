package cn.certdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.CertDeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC);

    private Path storeFile() {
        return dataDir.resolve(Database.FILE_NAME);
    }

    @Test
    void migratesAnEmptyFileToTheLatestSchemaWithoutABackup() throws SQLException {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled())) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            assertThat(database.migrationsCurrent()).isTrue();
            assertThat(tables(database.connection())).contains("station", "officer", "resident", "household",
                    "household_member", "record_event", "setting");
        }
        assertThat(new Backups(storeFile(), clock).list()).isEmpty();
    }

    @Test
    void reopeningAnAlreadyMigratedFileChangesNothingAndMakesNoBackup() throws Exception {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled())) {
            insertSetting(database.connection(), "probe", "kept");
        }
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled())) {
            assertThat(database.schemaVersion()).isEqualTo(Migrations.bundled().latestVersion());
            try (Statement statement = database.connection().createStatement();
                    ResultSet rows = statement.executeQuery("SELECT value FROM setting WHERE key = 'probe'")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
        assertThat(new Backups(storeFile(), clock).list()).isEmpty();
    }

    @Test
    void aNewMigrationOnAMigratedStoreIsPrecededByABackupCopy() throws Exception {
        Migrations base = Migrations.bundled();
        try (Database database = Database.open(storeFile(), clock, base)) {
            insertSetting(database.connection(), "probe", "before-upgrade");
        }
        List<Migration> upgraded = new ArrayList<>(base.all());
        upgraded.add(new Migration(base.latestVersion() + 1, "test column",
                "ALTER TABLE setting ADD COLUMN note TEXT;"));
        try (Database database = Database.open(storeFile(), clock, new Migrations(upgraded))) {
            assertThat(database.schemaVersion()).isEqualTo(base.latestVersion() + 1);
        }
        List<Path> backups = new Backups(storeFile(), clock).list();
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).getFileName().toString()).contains("before-v" + (base.latestVersion() + 1));
        // The backup is the store as it was before the migration.
        try (Database backup = Database.open(backups.get(0), clock, base)) {
            assertThat(columns(backup.connection(), "setting")).doesNotContain("note");
        }
    }

    @Test
    void aFailingMigrationLeavesTheStoreAtItsPreviousVersion() throws Exception {
        Migrations base = Migrations.bundled();
        Database.open(storeFile(), clock, base).close();
        List<Migration> broken = new ArrayList<>(base.all());
        broken.add(new Migration(base.latestVersion() + 1, "broken",
                "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"));
        assertThatThrownBy(() -> Database.open(storeFile(), clock, new Migrations(broken)))
                .isInstanceOf(CertDeskException.class);
        try (Database database = Database.open(storeFile(), clock, base)) {
            assertThat(database.schemaVersion()).isEqualTo(base.latestVersion());
            assertThat(tables(database.connection())).doesNotContain("half_done");
        }
    }

    @Test
    void anEditedMigrationScriptIsRefused() {
        Migrations base = Migrations.bundled();
        Database.open(storeFile(), clock, base).close();
        List<Migration> edited = new ArrayList<>(base.all());
        Migration first = edited.get(0);
        edited.set(0, new Migration(first.version(), first.description(), first.sql() + "\n-- edited"));
        assertThatThrownBy(() -> Database.open(storeFile(), clock, new Migrations(edited)))
                .isInstanceOfSatisfying(CertDeskException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("store.migration.modified"));
    }

    @Test
    void theStoreUsesWalAndEnforcesForeignKeys() throws SQLException {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled());
                Statement statement = database.connection().createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualToIgnoringCase("wal");
            }
            assertThatThrownBy(() -> statement.executeUpdate("""
                    INSERT INTO household_member (id, household_id, resident_id, relation, joined_on, synthetic,
                        created_at, updated_at)
                    VALUES ('m1', 'no-household', 'no-resident', '户主', '2020-01-01', 0, 'now', 'now')"""))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("FOREIGN KEY");
        }
    }

    @Test
    void recordEventsAreAppendOnly() throws SQLException {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled());
                Statement statement = database.connection().createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO station (id, station_code, name, region_code, desk_code, synthetic, created_at, updated_at)
                    VALUES ('s1', '220102001001', '测试所', '220102', '01', 1, 'now', 'now')""");
            statement.executeUpdate("""
                    INSERT INTO record_event (id, aggregate_type, aggregate_id, event_type, payload, station_id,
                        occurred_at, created_at, updated_at)
                    VALUES ('e1', 'application', 'a1', 'created', '{}', 's1', 'now', 'now', 'now')""");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE record_event SET payload = '{\"x\":1}'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM record_event"))
                    .hasMessageContaining("append-only");
        }
    }

    @Test
    void aCorruptFileIsReportedLeftUntouchedAndTheLatestBackupIsOffered() throws Exception {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled())) {
            insertSetting(database.connection(), "probe", "in-backup");
            database.backupNow("manual");
        }
        corrupt(storeFile());
        byte[] before = sha256(storeFile());

        assertThatThrownBy(() -> Database.open(storeFile(), clock, Migrations.bundled()))
                .isInstanceOfSatisfying(StoreDamagedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("store.damaged");
                    assertThat(e.latestBackup()).isPresent();
                    assertThat(e.damagedFile()).isEqualTo(storeFile());
                });
        assertThat(sha256(storeFile())).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAndLeftUntouched() throws Exception {
        Files.writeString(storeFile(), "这不是数据库 — not a database at all, just text ".repeat(200));
        byte[] before = sha256(storeFile());
        assertThatThrownBy(() -> Database.open(storeFile(), clock, Migrations.bundled()))
                .isInstanceOfSatisfying(StoreDamagedException.class, e -> assertThat(e.latestBackup()).isEmpty());
        assertThat(sha256(storeFile())).isEqualTo(before);
    }

    @Test
    void restoringTheLatestBackupKeepsTheDamagedFileAside() throws Exception {
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled())) {
            insertSetting(database.connection(), "probe", "in-backup");
            database.backupNow("manual");
        }
        corrupt(storeFile());
        byte[] damaged = sha256(storeFile());
        Backups backups = new Backups(storeFile(), clock);

        Path keptAt = backups.restore(backups.latest().orElseThrow());

        assertThat(sha256(keptAt)).isEqualTo(damaged);
        try (Database database = Database.open(storeFile(), clock, Migrations.bundled());
                Statement statement = database.connection().createStatement();
                ResultSet rows = statement.executeQuery("SELECT value FROM setting WHERE key = 'probe'")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("in-backup");
        }
    }

    /** Overwrites a page in the middle of the file with garbage, as a failing disk would. */
    static void corrupt(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int pageSize = 4096;
        int pages = bytes.length / pageSize;
        for (int page = 1; page < pages; page++) {
            for (int i = 0; i < pageSize; i += 7) {
                bytes[page * pageSize + i] = (byte) 0xA5;
            }
        }
        Files.write(file, bytes);
    }

    private static byte[] sha256(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    private static void insertSetting(Connection connection, String key, String value) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO setting (id, key, value, created_at, updated_at) VALUES (lower(hex(randomblob(16))), ?, ?, 'now', 'now')")) {
            insert.setString(1, key);
            insert.setString(2, value);
            insert.executeUpdate();
        }
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }
}
