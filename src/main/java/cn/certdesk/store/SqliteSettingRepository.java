package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.station.SettingRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Desk settings in the {@code setting} table. Not thread-safe: the store's thread. */
public final class SqliteSettingRepository implements SettingRepository {

    private final Connection connection;

    public SqliteSettingRepository(Database database) {
        this.connection = database.connection();
    }

    @Override
    public Optional<String> get(String key) {
        try (PreparedStatement query = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            query.setString(1, key);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public void put(String key, String value, Instant now) {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO setting (id, key, value, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at""")) {
            upsert.setString(1, java.util.UUID.randomUUID().toString());
            upsert.setString(2, key);
            upsert.setString(3, value);
            upsert.setString(4, now.toString());
            upsert.setString(5, now.toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }
}
