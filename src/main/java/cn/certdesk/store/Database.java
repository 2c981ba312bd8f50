package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The local store: one SQLite file, WAL journal, foreign keys on.
 *
 * <p>{@link #open} first runs {@code PRAGMA integrity_check} on a read-only connection: a
 * damaged file raises {@link StoreDamagedException} and nothing is written to it. Then pending
 * migrations run, each in its own transaction, after a backup copy of a non-empty store
 * (docs/decisions/0003-sqlite-store-and-migrations.md).
 *
 * <p>Not thread-safe: the one connection is used from the application's store thread only.
 */
public final class Database implements AutoCloseable {

    /** The store's file name inside the data directory. */
    public static final String FILE_NAME = "certdesk.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Connection connection;
    private final Migrations migrations;
    private final Backups backups;
    private final Clock clock;

    private Database(Path file, Connection connection, Migrations migrations, Backups backups, Clock clock) {
        this.file = file;
        this.clock = clock;
        this.connection = connection;
        this.migrations = migrations;
        this.backups = backups;
    }

    /** Opens (creating if needed) and migrates the store in {@code file} with the bundled migrations. */
    public static Database open(Path file) {
        return open(file, Clock.systemUTC(), Migrations.bundled());
    }

    public static Database open(Path file, Clock clock, Migrations migrations) {
        Backups backups = new Backups(file, clock);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CertDeskException("store.directory.unwritable", e, file.toAbsolutePath().getParent().toString());
        }
        if (Files.exists(file)) {
            List<String> problems = checkIntegrity(file);
            if (!problems.isEmpty()) {
                LOG.error("Store failed its integrity check, opened nothing for writing: {}", problems.get(0));
                throw new StoreDamagedException(file, backups.latest(), problems.get(0), null);
            }
        }
        Connection connection = connect(file, false);
        Database database = new Database(file, connection, migrations, backups, clock);
        try {
            database.migrate();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return database;
    }

    /** What the login screen shows before the store has been checked: see {@link #glance}. */
    public record Glance(String stationName, boolean synthetic, boolean hasAccounts) {
    }

    /**
     * Reads the station's name, whether it is the synthetic demo station and whether any account
     * exists, on a read-only connection and <em>before</em> the integrity check, so that the desk
     * can show its login while {@link #open} checks the whole file (seconds on a large register).
     * Writes nothing. Nothing read here is trusted for more than that screen: {@link #open} still
     * decides whether the store can be used.
     *
     * @return empty when there is no file, no station yet, or anything could not be read
     */
    public static Optional<Glance> glance(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (Connection readOnly = connect(file, true); Statement statement = readOnly.createStatement();
                ResultSet station = statement.executeQuery("SELECT name, synthetic FROM station LIMIT 1")) {
            if (!station.next()) {
                return Optional.empty();
            }
            String name = station.getString(1);
            boolean synthetic = station.getInt(2) != 0;
            try (ResultSet accounts = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM officer)")) {
                return Optional.of(new Glance(name, synthetic, accounts.next() && accounts.getInt(1) != 0));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.info("No glance at the store before its check ({}); the desk waits for the check", e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * Runs {@code PRAGMA integrity_check} and {@code PRAGMA foreign_key_check} on a read-only
     * connection.
     *
     * @return the problems found; empty when the file is sound
     */
    public static List<String> checkIntegrity(Path file) {
        List<String> problems = new ArrayList<>();
        try (Connection readOnly = connect(file, true); Statement statement = readOnly.createStatement()) {
            // A larger page cache for this one connection, freed when it closes: both checks walk
            // every index and look rows up again; with the default 2 MB cache they re-read pages from
            // the operating system, and at 1,000,000 residents (971 MB) took 46 s, 29 s with 128 MB
            // (docs/benchmarks.md). Not mmap (18 s), which turns a disk read error into a crash
            // instead of the damaged-store message.
            statement.execute("PRAGMA cache_size = -131072");
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    String line = rows.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            if (problems.isEmpty()) {
                try (ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                    while (rows.next()) {
                        problems.add("foreign key violation in " + rows.getString(1) + " row " + rows.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private static Connection connect(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        try {
            return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            throw new CertDeskException("store.open.failed", e, file.toAbsolutePath().toString());
        }
    }

    private void migrate() {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    CREATE TABLE IF NOT EXISTS schema_history (
                        version      INTEGER PRIMARY KEY,
                        description  TEXT NOT NULL,
                        checksum     TEXT NOT NULL,
                        applied_at   TEXT NOT NULL
                    )""");
            Map<Integer, String> applied = appliedChecksums();
            for (Migration migration : migrations.all()) {
                String checksum = applied.get(migration.version());
                if (checksum != null && !checksum.equals(migration.checksum())) {
                    throw new CertDeskException("store.migration.modified", migration.version());
                }
            }
            int current = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (current > migrations.latestVersion()) {
                throw new CertDeskException("store.newer.than.app", current, migrations.latestVersion());
            }
            List<Migration> pending = migrations.all().stream().filter(m -> m.version() > current).toList();
            if (pending.isEmpty()) {
                return;
            }
            if (current > 0) {
                backupBefore(pending.get(0).version());
            }
            for (Migration migration : pending) {
                apply(migration);
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.migration.failed", e, e.getMessage());
        }
    }

    private void backupBefore(int version) throws SQLException {
        Path target = backups.newBackupPath("before-v" + version);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new CertDeskException("store.backup.failed", e, target.getParent().toString());
        }
        try (PreparedStatement vacuumInto = connection.prepareStatement("VACUUM INTO ?")) {
            vacuumInto.setString(1, target.toString());
            vacuumInto.executeUpdate();
        }
        LOG.info("Backed up the store to {} before migrating to schema version {}", target.getFileName(), version);
    }

    private void apply(Migration migration) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement();
                PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
            statement.executeUpdate(migration.sql());
            record.setInt(1, migration.version());
            record.setString(2, migration.description());
            record.setString(3, migration.checksum());
            record.setString(4, clock.instant().toString());
            record.executeUpdate();
            connection.commit();
            LOG.info("Migrated the store to schema version {} ({})", migration.version(), migration.description());
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private Map<Integer, String> appliedChecksums() throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    /** The schema version the store is at. */
    public int schemaVersion() {
        try {
            return appliedChecksums().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    /** True when every bundled migration has been applied with an unchanged script. */
    public boolean migrationsCurrent() {
        try {
            Map<Integer, String> applied = appliedChecksums();
            return migrations.all().stream().allMatch(m -> m.checksum().equals(applied.get(m.version())))
                    && applied.size() == migrations.all().size();
        } catch (SQLException e) {
            return false;
        }
    }

    public int latestSchemaVersion() {
        return migrations.latestVersion();
    }

    /** The connection; use it from the store's thread only. */
    public Connection connection() {
        return connection;
    }

    public Path file() {
        return file;
    }

    public Backups backups() {
        return backups;
    }

    /** Optional backup of the whole store, e.g. before a risky administrative action. */
    public Path backupNow(String label) {
        Path target = backups.newBackupPath(label);
        try {
            Files.createDirectories(target.getParent());
            try (PreparedStatement vacuumInto = connection.prepareStatement("VACUUM INTO ?")) {
                vacuumInto.setString(1, target.toString());
                vacuumInto.executeUpdate();
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new CertDeskException("store.backup.failed", e, target.getParent().toString());
        }
    }

    /** The latest backup, if any, as offered to the officer after a failed integrity check. */
    public Optional<Path> latestBackup() {
        return backups.latest();
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the store failed: {}", e.getMessage());
        }
    }
}
