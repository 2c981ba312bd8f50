package cn.certdesk.store.population;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.population.NamePinyin;
import cn.certdesk.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Fills {@code resident.pinyin_initials} / {@code pinyin_full} where both are empty, e.g. in a store
 * migrated from V002; the V003 triggers then fill the search keys. Run it after opening the store,
 * before the first search. Cheap when there is nothing to do (a partial index lists the pending rows).
 *
 * <p>Works in transactions of {@value #ROWS_PER_TRANSACTION} rows; {@code updated_at} is left alone
 * since the keys are derived from the name, not a change to the record. A name without any
 * character pinyin4j knows stays empty and is looked at again on the next run (a handful of rows).
 *
 * <p>Not thread-safe: the store's thread.
 */
public final class PinyinBackfill {

    static final int ROWS_PER_TRANSACTION = 5_000;

    private final Database database;

    public PinyinBackfill(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /**
     * Fills every resident still without pinyin.
     *
     * @return the number of rows given keys
     */
    public long run() {
        Connection connection = database.connection();
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return fill(connection);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new CertDeskException("population.backfill.failed", e);
        }
    }

    private record Pending(String id, String name) {
    }

    private static long fill(Connection connection) throws SQLException {
        long filled = 0;
        String after = "";
        try (PreparedStatement select = connection.prepareStatement("""
                     SELECT id, name FROM resident INDEXED BY resident_pinyin_pending
                     WHERE pinyin_initials = '' AND pinyin_full = '' AND id > ?
                     ORDER BY id LIMIT ?""");
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE resident SET pinyin_initials = ?, pinyin_full = ? WHERE id = ?")) {
            while (true) {
                List<Pending> batch = new ArrayList<>();
                select.setString(1, after);
                select.setInt(2, ROWS_PER_TRANSACTION);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new Pending(rows.getString(1), rows.getString(2)));
                    }
                }
                if (batch.isEmpty()) {
                    return filled;
                }
                for (Pending pending : batch) {
                    NamePinyin pinyin = NamePinyin.of(pending.name());
                    if (pinyin.initials().isEmpty()) {
                        continue;
                    }
                    update.setString(1, pinyin.initialsColumn());
                    update.setString(2, pinyin.fullColumn());
                    update.setString(3, pending.id());
                    update.addBatch();
                    filled++;
                }
                update.executeBatch();
                connection.commit();
                after = batch.get(batch.size() - 1).id();
            }
        }
    }
}
