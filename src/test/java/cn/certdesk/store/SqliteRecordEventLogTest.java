package cn.certdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.station.Station;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The append-only event log against a real SQLite file. */
class SqliteRecordEventLogTest {

    @TempDir
    Path dataDir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC);
    private Database database;
    private SqliteRecordEventLog log;
    private final UUID stationId = UUID.randomUUID();

    @BeforeEach
    void open() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        new SqliteStationRepository(database).insert(
                new Station(stationId, "220102001001", "自强派出所", "220102", "01", false), clock.instant());
        log = new SqliteRecordEventLog(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private RecordEvent event(UUID aggregate, String type) {
        return new RecordEvent(0, UUID.randomUUID(), "certificate", aggregate, type, "{\"reason\":\"补打\"}",
                Optional.empty(), stationId, clock.instant());
    }

    @Test
    void eventsComeBackInTheOrderTheyWereAppended() {
        UUID certificate = UUID.randomUUID();
        log.append(event(certificate, "created"));
        log.append(event(UUID.randomUUID(), "created"));
        log.append(event(certificate, "print-failed"));
        log.append(event(certificate, "issued"));
        assertThat(log.forAggregate(certificate)).extracting(RecordEvent::eventType)
                .containsExactly("created", "print-failed", "issued");
    }

    @Test
    void aSyncCursorSeesEachEventExactlyOnce() {
        for (int i = 0; i < 7; i++) {
            log.append(event(UUID.randomUUID(), "created"));
        }
        List<RecordEvent> first = log.after(0, 5);
        List<RecordEvent> second = log.after(first.get(first.size() - 1).sequence(), 5);
        assertThat(first).hasSize(5);
        assertThat(second).hasSize(2);
        assertThat(second).extracting(RecordEvent::id).doesNotContainAnyElementsOf(
                first.stream().map(RecordEvent::id).toList());
    }

    @Test
    void aRecordedEventCannotBeChangedOrDeleted() throws SQLException {
        log.append(event(UUID.randomUUID(), "issued"));
        try (Statement statement = database.connection().createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE record_event SET event_type = 'voided'"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM record_event"))
                    .hasMessageContaining("append-only");
        }
        assertThat(log.after(0, 10)).extracting(RecordEvent::eventType).containsExactly("issued");
    }
}
