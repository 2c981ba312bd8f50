package cn.certdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.certdesk.app.Main;
import cn.certdesk.domain.audit.AuditAction;
import cn.certdesk.domain.audit.AuditEntry;
import cn.certdesk.domain.audit.AuditQuery;
import cn.certdesk.domain.audit.ChainStatus;
import cn.certdesk.domain.officer.Officer;
import cn.certdesk.domain.officer.Role;
import cn.certdesk.testing.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * R15: the audit trail against a real SQLite file — append-only, hash-chained, and a change made
 * around the triggers with direct SQL is found by {@code certdesk selftest}, which names the
 * first broken entry.
 */
class SqliteAuditTrailTest {

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private Database database;
    private SqliteAuditTrail trail;
    private Officer head;

    @BeforeEach
    void open() {
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        head = new Officer(UUID.randomUUID(), "100003", "所长丙", Set.of(Role.STATION_HEAD), "x", 0, Optional.empty(),
                true, false);
        new SqliteOfficerRepository(database).insert(head, clock.instant());
        trail = new SqliteAuditTrail(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** Records {@code count} entries, one second apart. */
    private void recordEntries(int count) {
        for (int i = 1; i <= count; i++) {
            trail.record(head, AuditAction.APPROVE, "application", "220102001001-01-2026-00000" + i,
                    "id=" + UUID.randomUUID());
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private List<AuditEntry> all() {
        return trail.search(new AuditQuery(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), Optional.empty(),
                Optional.empty(), ""), 1000).reversed();
    }

    /** Changes the store the way someone with the file and a SQLite shell would. */
    private void tamper(String... sql) throws SQLException {
        database.close();
        try (Connection direct = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Database.FILE_NAME));
                Statement statement = direct.createStatement()) {
            for (String each : sql) {
                statement.executeUpdate(each);
            }
        }
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
        trail = new SqliteAuditTrail(database, clock);
    }

    private record Run(int exitCode, String out) {
    }

    private Run selftest() {
        StringWriter out = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "--data-dir",
                dataDir.toString(), "selftest");
        return new Run(code, out.toString());
    }

    private static String auditLine(Run run) {
        return run.out().lines().filter(line -> line.contains("audit chain")).findFirst().orElse("(no audit line)");
    }

    @Test
    void entriesAreChainedFromSixtyFourZerosWithoutGaps() {
        recordEntries(3);
        List<AuditEntry> entries = all();
        assertThat(entries).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(entries.get(0).previousHash()).isEqualTo("0".repeat(64));
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).previousHash()).isEqualTo(entries.get(1).hash());
        assertThat(entries.get(0).officerId()).contains(head.id());
        assertThat(entries.get(0).policeNumber()).contains("100003");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void R15_theTriggersRefuseUpdateAndDelete() {
        recordEntries(2);
        assertThatThrownBy(() -> {
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate("UPDATE audit_entry SET detail = 'x' WHERE seq = 1");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> {
            try (Statement statement = database.connection().createStatement()) {
                statement.executeUpdate("DELETE FROM audit_entry WHERE seq = 2");
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryThatDoesNotContinueTheChainIsRefused() {
        recordEntries(2);
        assertThatThrownBy(() -> {
            try (PreparedStatement insert = database.connection().prepareStatement("""
                    INSERT INTO audit_entry (seq, id, occurred_at, action, object_type, object_ref, detail, prev_hash, hash)
                    VALUES (5, ?, '2026-11-23T01:40:00.000Z', 'LOGIN', 'officer', '100003', '', ?, ?)""")) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, "0".repeat(64));
                insert.setString(3, "1".repeat(64));
                insert.executeUpdate();
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining("continue the chain");
    }

    @Test
    void anEntryInATransactionThatRollsBackIsGoneAndTheChainGoesOn() {
        recordEntries(2);
        SqliteTransactions transactions = new SqliteTransactions(database);
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            trail.record(head, AuditAction.VOID, "application", "220102001001-01-2026-000009", "");
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);
        recordEntries(1);

        assertThat(all()).extracting(AuditEntry::action)
                .containsExactly(AuditAction.APPROVE, AuditAction.APPROVE, AuditAction.APPROVE);
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void R15_selftestPassesOnAnUntouchedTrail() {
        recordEntries(5);
        database.close();
        Run run = selftest();
        assertThat(auditLine(run)).startsWith("PASS").contains("5 entries");
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
    }

    @Test
    void R15_aRowChangedDirectlyInTheFileFailsSelftestNamingThatEntry() throws Exception {
        recordEntries(6);
        AuditEntry third = all().get(2);

        tamper("DROP TRIGGER audit_entry_no_update",
                "UPDATE audit_entry SET detail = 'id=00000000-0000-4000-8000-000000000000' WHERE seq = 3");
        database.close();
        Run run = selftest();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(auditLine(run)).startsWith("FAIL 失败  审计链 audit chain")
                .contains("#3", third.id().toString(), "changed");
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
    }

    @Test
    void R15_aChangedOfficerOrTimeIsFoundToo() throws Exception {
        recordEntries(4);
        AuditEntry second = all().get(1);
        tamper("DROP TRIGGER audit_entry_no_update",
                "UPDATE audit_entry SET occurred_at = '2026-11-22T01:30:01.000Z' WHERE seq = 2",
                "UPDATE audit_entry SET police_number = '100001' WHERE seq = 4");

        ChainStatus status = trail.verify();

        assertThat(status.firstBreak().orElseThrow().sequence()).isEqualTo(2);
        assertThat(status.firstBreak().orElseThrow().id()).contains(second.id());
    }

    @Test
    void R15_aRowDeletedDirectlyFailsSelftestNamingTheGapAndTheNextEntry() throws Exception {
        recordEntries(6);
        AuditEntry fifth = all().get(4);

        tamper("DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 4");
        database.close();
        Run run = selftest();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(auditLine(run)).startsWith("FAIL").contains("#5", fifth.id().toString(), "#4", "missing");
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
    }

    @Test
    void R15_theLastRowDeletedIsFoundThroughTheChainHead() throws Exception {
        recordEntries(5);
        AuditEntry last = all().get(4);

        tamper("DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry WHERE seq = 5");
        database.close();
        Run run = selftest();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(auditLine(run)).startsWith("FAIL").contains("#5", last.id().toString(), "deleted from the end");
        database = Database.open(dataDir.resolve(Database.FILE_NAME), clock, Migrations.bundled());
    }

    @Test
    void anActionNameChangedToNonsenseIsReportedAsAChangeNotACrash() throws Exception {
        recordEntries(3);
        tamper("DROP TRIGGER audit_entry_no_update", "UPDATE audit_entry SET action = 'NOTHING' WHERE seq = 2");
        ChainStatus status = trail.verify();
        assertThat(status.firstBreak().orElseThrow().sequence()).isEqualTo(2);
        assertThat(status.firstBreak().orElseThrow().problem()).isEqualTo(ChainStatus.Problem.CHANGED);
    }

    @Test
    void theSearchFiltersByTimeOfficerActionAndObjectNewestFirst() {
        recordEntries(3);
        trail.record(null, AuditAction.LOGIN_FAILED, "officer", "unknown", "step=login");
        trail.record(head, AuditAction.LOGIN, "officer", "100003", "");
        Instant start = Instant.parse("2026-11-23T01:30:00Z");

        assertThat(trail.search(new AuditQuery(start, start.plusSeconds(2), Optional.empty(), Optional.empty(), ""),
                100)).extracting(AuditEntry::sequence).containsExactly(2L, 1L);
        assertThat(trail.search(new AuditQuery(start, start.plusSeconds(60), Optional.of(head.id()),
                Optional.of(AuditAction.LOGIN), ""), 100)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.LOGIN);
        assertThat(trail.search(new AuditQuery(start, start.plusSeconds(60), Optional.empty(), Optional.empty(),
                "2026-000002"), 100)).extracting(AuditEntry::objectRef)
                .containsExactly("220102001001-01-2026-000002");
        assertThat(trail.officers()).extracting(o -> o.policeNumber() + " " + o.name()).containsExactly("100003 所长丙");
    }
}
