package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts for the status bar and selftest; no personal data. Not thread-safe: the store's thread. */
public final class StoreStatistics {

    private final Database database;

    public StoreStatistics(Database database) {
        this.database = database;
    }

    public long residents() {
        return count("SELECT count(*) FROM resident");
    }

    public long households() {
        return count("SELECT count(*) FROM household");
    }

    private long count(String sql) {
        try (PreparedStatement query = database.connection().prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }
}
