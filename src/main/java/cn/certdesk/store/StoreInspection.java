package cn.certdesk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Read-only questions about a store file, for {@code certdesk selftest}: nothing is written and
 * no migration runs. Stateless.
 */
public final class StoreInspection {

    private StoreInspection() {
    }

    /**
     * @return the migrations that have not run or whose script changed since; empty when current
     */
    public static Map<Integer, String> migrationProblems(Path file, Migrations migrations) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        Map<Integer, String> problems = new HashMap<>();
        for (Migration migration : migrations.all()) {
            String checksum = applied.get(migration.version());
            if (checksum == null) {
                problems.put(migration.version(), "not applied");
            } else if (!checksum.equals(migration.checksum())) {
                problems.put(migration.version(), "script changed after it was applied");
            }
        }
        applied.keySet().stream().filter(v -> v > migrations.latestVersion())
                .forEach(v -> problems.put(v, "newer than this program"));
        return problems;
    }

    /** The store's station, read without writing anything; empty when the store has none. */
    public static java.util.Optional<cn.certdesk.domain.station.Station> station(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, station_code, name, region_code, desk_code, synthetic FROM station")) {
            if (!rows.next()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new cn.certdesk.domain.station.Station(
                    java.util.UUID.fromString(rows.getString(1)), rows.getString(2), rows.getString(3),
                    rows.getString(4), rows.getString(5), rows.getInt(6) == 1));
        }
    }

    public static boolean exists(Path file) {
        return Files.isRegularFile(file);
    }
}
