package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.record.RecordEvent;
import cn.certdesk.domain.record.RecordEventLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code record_event} table: insert only (triggers refuse UPDATE and DELETE). Not
 * thread-safe: the store's thread.
 */
public final class SqliteRecordEventLog implements RecordEventLog {

    private static final String COLUMNS =
            "seq, id, aggregate_type, aggregate_id, event_type, payload, officer_id, station_id, occurred_at";

    private final Connection connection;
    private final Clock clock;

    public SqliteRecordEventLog(Database database, Clock clock) {
        this.connection = database.connection();
        this.clock = clock;
    }

    @Override
    public RecordEvent append(RecordEvent event) {
        String now = clock.instant().toString();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO record_event (id, aggregate_type, aggregate_id, event_type, payload, officer_id, station_id,
                    occurred_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, event.id().toString());
            insert.setString(2, event.aggregateType());
            insert.setString(3, event.aggregateId().toString());
            insert.setString(4, event.eventType());
            insert.setString(5, event.payload());
            insert.setString(6, event.officerId().map(UUID::toString).orElse(null));
            insert.setString(7, event.stationId().toString());
            insert.setString(8, event.occurredAt().toString());
            insert.setString(9, now);
            insert.setString(10, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new RecordEvent(keys.getLong(1), event.id(), event.aggregateType(), event.aggregateId(),
                        event.eventType(), event.payload(), event.officerId(), event.stationId(), event.occurredAt());
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    @Override
    public List<RecordEvent> forAggregate(UUID aggregateId) {
        return query("SELECT " + COLUMNS + " FROM record_event WHERE aggregate_id = ? ORDER BY seq",
                statement -> statement.setString(1, aggregateId.toString()));
    }

    @Override
    public List<RecordEvent> after(long sequence, int limit) {
        return query("SELECT " + COLUMNS + " FROM record_event WHERE seq > ? ORDER BY seq LIMIT ?", statement -> {
            statement.setLong(1, sequence);
            statement.setInt(2, limit);
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<RecordEvent> query(String sql, Binder binder) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            binder.bind(query);
            try (ResultSet rows = query.executeQuery()) {
                List<RecordEvent> events = new ArrayList<>();
                while (rows.next()) {
                    String officer = rows.getString(7);
                    events.add(new RecordEvent(rows.getLong(1), UUID.fromString(rows.getString(2)), rows.getString(3),
                            UUID.fromString(rows.getString(4)), rows.getString(5), rows.getString(6),
                            Optional.ofNullable(officer).map(UUID::fromString), UUID.fromString(rows.getString(8)),
                            Instant.parse(rows.getString(9))));
                }
                return events;
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }
}
