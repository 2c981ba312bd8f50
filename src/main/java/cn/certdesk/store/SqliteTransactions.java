package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/** SQLite transactions on the store's connection; nested calls join the outer one. Not thread-safe. */
public final class SqliteTransactions implements Transactions {

    private final Connection connection;

    public SqliteTransactions(Database database) {
        this.connection = database.connection();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            if (!connection.getAutoCommit()) {
                return work.get();
            }
            connection.setAutoCommit(false);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }
}
