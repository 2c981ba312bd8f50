package cn.certdesk.store.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigratedStoreTest {

    @Test
    void appliesEveryStatementOfV001IncludingTheTriggers(@TempDir Path directory) throws Exception {
        try (Connection connection = MigratedStore.open(directory.resolve("store.db"));
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT type || ':' || name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY 1")) {
            List<String> objects = new ArrayList<>();
            while (rows.next()) {
                objects.add(rows.getString(1));
            }

            assertThat(objects).containsExactly(
                    "index:household_member_household", "index:household_member_resident", "index:record_event_aggregate",
                    "index:resident_name", "index:station_single_row",
                    "table:household", "table:household_member", "table:officer", "table:record_event",
                    "table:resident", "table:setting", "table:station",
                    "trigger:record_event_no_delete", "trigger:record_event_no_update");
        }
    }

    @Test
    void theAppendOnlyTriggerIsActive(@TempDir Path directory) throws Exception {
        try (Connection connection = MigratedStore.open(directory.resolve("store.db"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO station VALUES ('s', '220102001001', 'n', '220102', '01', 1, 't', 't')");
            statement.executeUpdate("""
                    INSERT INTO record_event (id, aggregate_type, aggregate_id, event_type, payload, station_id,
                                              occurred_at, created_at, updated_at)
                    VALUES ('e', 'a', 'a', 'x', '{}', 's', 't', 't', 't')""");

            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM record_event"))
                    .hasMessageContaining("append-only");
        }
    }
}
