package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditChain;
import cn.certdesk.domain.audit.AuditChainVerifier;
import cn.certdesk.domain.audit.AuditEntry;
import cn.certdesk.domain.audit.AuditHead;
import cn.certdesk.domain.audit.AuditLog;
import cn.certdesk.domain.audit.AuditOfficer;
import cn.certdesk.domain.audit.AuditQuery;
import cn.certdesk.domain.audit.AuditText;
import cn.certdesk.domain.audit.AuditTrail;
import cn.certdesk.domain.audit.ChainStatus;
import cn.certdesk.domain.officer.Officer;
import java.nio.file.Path;
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
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The audit trail in the tables {@code audit_entry} and {@code audit_head} (V006): each entry
 * continues the SM3 chain at the head, and entry and head are written in one transaction — the
 * caller's when there is one, so an entry is kept or rolled back with the work it records.
 * Not thread-safe: the store's thread.
 */
public final class SqliteAuditTrail implements AuditTrail, AuditLog {

    private static final String COLUMNS =
            "seq, id, occurred_at, officer_id, police_number, action, object_type, object_ref, detail, prev_hash, hash";
    private static final int VERIFY_PAGE = 2_000;

    private final Connection connection;
    private final SqliteTransactions transactions;
    private final Clock clock;

    public SqliteAuditTrail(Database database, Clock clock) {
        this.connection = database.connection();
        this.transactions = new SqliteTransactions(database);
        this.clock = clock;
    }

    @Override
    public void record(Officer officer, AuditAction action, String objectType, String objectRef, String detail) {
        AuditText.check(objectType, objectRef, detail);
        transactions.inTransaction(() -> {
            append(officer, action, objectType, objectRef, detail);
            return null;
        });
    }

    private AuditEntry append(Officer officer, AuditAction action, String objectType, String objectRef,
            String detail) {
        try {
            AuditHead head = head(connection);
            Instant now = AuditEntry.truncate(clock.instant());
            long sequence = head.sequence() + 1;
            UUID id = UUID.randomUUID();
            Optional<UUID> officerId = Optional.ofNullable(officer).map(Officer::id);
            Optional<String> policeNumber = Optional.ofNullable(officer).map(Officer::policeNumber);
            String hash = AuditChain.sm3(AuditChain.canonicalBytes(sequence, id, AuditEntry.timeText(now), officerId,
                    policeNumber, action, objectType, objectRef, detail, head.hash()));
            AuditEntry entry = new AuditEntry(sequence, id, now, officerId, policeNumber, action, objectType,
                    objectRef, detail, head.hash(), hash);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, sequence);
                insert.setString(2, id.toString());
                insert.setString(3, entry.occurredAtText());
                insert.setString(4, officerId.map(UUID::toString).orElse(null));
                insert.setString(5, policeNumber.orElse(null));
                insert.setString(6, action.name());
                insert.setString(7, objectType);
                insert.setString(8, objectRef);
                insert.setString(9, detail);
                insert.setString(10, head.hash());
                insert.setString(11, hash);
                insert.executeUpdate();
            }
            try (PreparedStatement advance = connection.prepareStatement(
                    "UPDATE audit_head SET last_seq = ?, last_id = ?, last_hash = ? WHERE id = 1")) {
                advance.setLong(1, sequence);
                advance.setString(2, id.toString());
                advance.setString(3, hash);
                advance.executeUpdate();
            }
            return entry;
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
                + " FROM audit_entry WHERE occurred_at >= ? AND occurred_at < ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(AuditEntry.timeText(query.from()));
        parameters.add(AuditEntry.timeText(query.to()));
        query.officerId().ifPresent(id -> {
            sql.append(" AND officer_id = ?");
            parameters.add(id.toString());
        });
        query.action().ifPresent(action -> {
            sql.append(" AND action = ?");
            parameters.add(action.name());
        });
        if (!query.objectText().isEmpty()) {
            sql.append(" AND (instr(lower(object_ref), lower(?)) > 0 OR instr(lower(detail), lower(?)) > 0"
                    + " OR instr(lower(object_type), lower(?)) > 0)");
            parameters.add(query.objectText());
            parameters.add(query.objectText());
            parameters.add(query.objectText());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        parameters.add(limit);
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return read(statement);
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public List<AuditOfficer> officers() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id, police_number, name FROM officer ORDER BY police_number")) {
            List<AuditOfficer> officers = new ArrayList<>();
            while (rows.next()) {
                officers.add(new AuditOfficer(UUID.fromString(rows.getString(1)), rows.getString(2),
                        rows.getString(3)));
            }
            return officers;
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public ChainStatus verify() {
        try {
            return verify(connection);
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    /**
     * Verifies the chain of the store in {@code file} on a read-only connection, writing nothing:
     * for {@code certdesk selftest}.
     */
    public static ChainStatus verifyFile(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        try (Connection readOnly = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            return verify(readOnly);
        }
    }

    /** Reads the entries page by page in sequence order and checks them against the head. */
    private static ChainStatus verify(Connection connection) throws SQLException {
        AuditChainVerifier verifier = new AuditChainVerifier();
        long cursor = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> page;
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
                statement.setLong(1, cursor);
                statement.setInt(2, VERIFY_PAGE);
                page = read(statement);
            }
            if (page.isEmpty()) {
                break;
            }
            page.forEach(verifier::accept);
            cursor = page.get(page.size() - 1).sequence();
        }
        return verifier.finish(head(connection));
    }

    private static AuditHead head(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT last_seq, last_id, last_hash FROM audit_head WHERE id = 1")) {
            if (!rows.next()) {
                // the head row was removed around its trigger: nothing can be vouched for at the end
                return AuditHead.EMPTY;
            }
            String id = rows.getString(2);
            return new AuditHead(rows.getLong(1), Optional.ofNullable(id).map(UUID::fromString), rows.getString(3));
        }
    }

    /**
     * Reads entries; a row whose values no longer parse (an action renamed, a bad UUID) is
     * returned with what it holds so that the verifier reports it as changed rather than failing.
     */
    private static List<AuditEntry> read(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            List<AuditEntry> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(entry(rows));
            }
            return entries;
        }
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        long sequence = rows.getLong(1);
        String officer = rows.getString(4);
        String hash = rows.getString(11);
        UUID id = parseUuid(rows.getString(2));
        Instant time = parseTime(rows.getString(3));
        AuditAction action = parseAction(rows.getString(6));
        Optional<UUID> officerId = officer == null ? Optional.empty() : Optional.ofNullable(parseUuid(officer));
        boolean readable = id != null && time != null && action != null
                && (officer == null || officerId.isPresent());
        return new AuditEntry(sequence, id == null ? new UUID(0, 0) : id, time == null ? Instant.EPOCH : time,
                officerId, Optional.ofNullable(rows.getString(5)), action == null ? AuditAction.LOGIN : action,
                nonNull(rows.getString(7)), nonNull(rows.getString(8)), nonNull(rows.getString(9)),
                nonNull(rows.getString(10)),
                // an unreadable row cannot give its hash: make sure it is reported as changed
                readable ? nonNull(hash) : "unreadable:" + hash);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static UUID parseUuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant parseTime(String text) {
        try {
            Instant time = text == null ? null : AuditEntry.parseTime(text);
            // a time that does not print back as stored was edited: it no longer hashes the same
            return time != null && AuditEntry.timeText(time).equals(text) ? time : null;
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static AuditAction parseAction(String text) {
        try {
            return text == null ? null : AuditAction.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
