package cn.certdesk.store.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Test stand-in for the store's {@code Database} until it lands on main: opens a SQLite file and
 * applies V001. The script goes through {@link Statement#executeUpdate(String)} in one piece:
 * sqlite-jdbc runs a whole multi-statement script that way (sqlite3_exec), triggers with
 * {@code ;} inside BEGIN…END included; {@code MigratedStoreTest} checks that every object exists.
 */
final class MigratedStore {

    private static final String V001 = "/cn/certdesk/store/migrations/V001__foundation.sql";

    private MigratedStore() {
    }

    static Connection open(Path file) throws SQLException, IOException {
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = ON");
            statement.executeUpdate(script());
        } catch (SQLException | IOException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    private static String script() throws IOException {
        try (InputStream in = MigratedStore.class.getResourceAsStream(V001)) {
            if (in == null) {
                throw new IOException("missing resource " + V001);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
