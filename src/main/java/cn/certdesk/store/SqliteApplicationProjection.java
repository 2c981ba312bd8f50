package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationProjection;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.HistoryQuery;
import cn.certdesk.domain.application.IdNumberMask;
import cn.certdesk.domain.application.Route;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The {@code application} table (V004): derived from {@code record_event}, written in the
 * caller's transaction, rebuildable. Lists mask ID numbers (R16). Not thread-safe: the store's
 * thread.
 */
public final class SqliteApplicationProjection implements ApplicationProjection {

    private static final String SUMMARY_COLUMNS = "id, certificate_number, kind_code, status, applicant_name, "
            + "applicant_id_number, applicant_checked, officer_id, route, created_on, due_date, due_estimated, "
            + "reprint_count, "
            // The head's reason of a rejected application, read from its (append-only) rejected event.
            + "(SELECT json_extract(e.payload, '$.reason') FROM record_event e WHERE e.aggregate_id = application.id "
            + "AND e.event_type = 'rejected' ORDER BY e.seq DESC LIMIT 1) AS rejection_reason";
    /** {@link ApplicationStatus#onHomeScreen()}: open, or rejected until voided (ADR 0019). */
    private static final String HOME_STATUSES = "('CREATED', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')";

    private final Connection connection;

    public SqliteApplicationProjection(Database database) {
        this.connection = database.connection();
    }

    @Override
    public void save(Application application) {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT OR REPLACE INTO application (id, certificate_number, station_code, desk_code, number_year,
                    number_sequence, kind_code, status, print_state, applicant_name, applicant_id_number,
                    applicant_checked, officer_id, approved_by, route, created_on, due_date, due_estimated,
                    issued_before_void, reprint_count, last_event_seq, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int i = 1;
            upsert.setString(i++, application.id().toString());
            upsert.setString(i++, application.number().text());
            upsert.setString(i++, application.number().stationCode());
            upsert.setString(i++, application.number().deskCode());
            upsert.setInt(i++, application.number().year());
            upsert.setInt(i++, application.number().sequence());
            upsert.setString(i++, application.kindCode());
            upsert.setString(i++, application.status().name());
            upsert.setString(i++, application.printState().name());
            upsert.setString(i++, application.applicant().name());
            upsert.setString(i++, application.applicant().idNumber());
            upsert.setInt(i++, application.applicant().checkedAgainstRegister() ? 1 : 0);
            upsert.setString(i++, application.createdBy().toString());
            upsert.setString(i++, application.approvedBy().map(UUID::toString).orElse(null));
            upsert.setString(i++, application.route().name());
            upsert.setString(i++, application.createdOn().toString());
            upsert.setString(i++, application.due().date().toString());
            upsert.setInt(i++, application.due().estimated() ? 1 : 0);
            upsert.setInt(i++, application.issuedBeforeVoid() ? 1 : 0);
            upsert.setInt(i++, application.reprintCount());
            upsert.setLong(i++, application.lastSequence());
            upsert.setString(i++, application.createdAt().toString());
            upsert.setString(i, application.updatedAt().toString());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
    }

    @Override
    public void replaceAll(List<Application> applications) {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM application");
        } catch (SQLException e) {
            throw new CertDeskException("store.write.failed", e);
        }
        applications.forEach(this::save);
    }

    @Override
    public List<UUID> stale() {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT a.id FROM application a WHERE a.last_event_seq <
                            (SELECT MAX(e.seq) FROM record_event e WHERE e.aggregate_id = a.id)""")) {
            List<UUID> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(UUID.fromString(rows.getString(1)));
            }
            return ids;
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public List<ApplicationSummary> open(LocalDate today) {
        // R09: overdue first, then by due date; the number keeps the order stable.
        return query("SELECT " + SUMMARY_COLUMNS + " FROM application WHERE status IN " + HOME_STATUSES
                + " ORDER BY (due_date < ?) DESC, due_date, certificate_number", List.of(today.toString()), today);
    }

    @Override
    public List<ApprovalQueueItem> awaitingApproval(LocalDate today) {
        // R09: overdue first, then by due date, then first submitted first.
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT a.id, a.certificate_number, a.kind_code, a.route, a.applicant_name, a.applicant_id_number,
                    a.applicant_checked, a.officer_id, o.name AS officer_name, o.police_number, a.updated_at,
                    a.due_date, a.due_estimated
                FROM application a LEFT JOIN officer o ON o.id = a.officer_id
                WHERE a.status = 'AWAITING_APPROVAL'
                ORDER BY (a.due_date < ?) DESC, a.due_date, a.updated_at, a.certificate_number""")) {
            statement.setString(1, today.toString());
            try (ResultSet rows = statement.executeQuery()) {
                List<ApprovalQueueItem> items = new ArrayList<>();
                while (rows.next()) {
                    LocalDate due = LocalDate.parse(rows.getString("due_date"));
                    // An application awaiting approval has approval-requested as its latest event.
                    items.add(new ApprovalQueueItem(UUID.fromString(rows.getString("id")),
                            rows.getString("certificate_number"), rows.getString("kind_code"),
                            Route.valueOf(rows.getString("route")), rows.getString("applicant_name"),
                            IdNumberMask.mask(rows.getString("applicant_id_number")),
                            rows.getInt("applicant_checked") == 1, UUID.fromString(rows.getString("officer_id")),
                            Objects.requireNonNullElse(rows.getString("officer_name"), ""),
                            Objects.requireNonNullElse(rows.getString("police_number"), ""),
                            Instant.parse(rows.getString("updated_at")), due, rows.getInt("due_estimated") == 1,
                            due.isBefore(today)));
                }
                return items;
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }

    @Override
    public List<ApplicationSummary> search(HistoryQuery query, LocalDate today) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " FROM application WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.certificateNumber() != null) {
            sql.append(" AND certificate_number = ?");
            arguments.add(query.certificateNumber().strip());
        }
        if (query.applicantName() != null) {
            sql.append(" AND instr(applicant_name, ?) > 0");
            arguments.add(query.applicantName().strip());
        }
        if (query.idNumber() != null) {
            sql.append(" AND applicant_id_number = ?");
            arguments.add(query.idNumber().strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (query.from() != null) {
            sql.append(" AND created_on >= ?");
            arguments.add(query.from().toString());
        }
        if (query.to() != null) {
            sql.append(" AND created_on <= ?");
            arguments.add(query.to().toString());
        }
        if (query.kindCode() != null) {
            sql.append(" AND kind_code = ?");
            arguments.add(query.kindCode());
        }
        if (query.status() != null) {
            sql.append(" AND status = ?");
            arguments.add(query.status().name());
        }
        sql.append(" ORDER BY created_at DESC, certificate_number DESC");
        return query(sql.toString(), arguments, today);
    }

    private List<ApplicationSummary> query(String sql, List<Object> arguments, LocalDate today) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<ApplicationSummary> summaries = new ArrayList<>();
                while (rows.next()) {
                    ApplicationStatus status = ApplicationStatus.valueOf(rows.getString("status"));
                    LocalDate due = LocalDate.parse(rows.getString("due_date"));
                    summaries.add(new ApplicationSummary(UUID.fromString(rows.getString("id")),
                            rows.getString("certificate_number"), rows.getString("kind_code"), status,
                            rows.getString("applicant_name"), IdNumberMask.mask(rows.getString("applicant_id_number")),
                            rows.getInt("applicant_checked") == 1, UUID.fromString(rows.getString("officer_id")),
                            Route.valueOf(rows.getString("route")), LocalDate.parse(rows.getString("created_on")), due,
                            rows.getInt("due_estimated") == 1, status.open() && due.isBefore(today),
                            rows.getInt("reprint_count"), status == ApplicationStatus.REJECTED
                                    ? rows.getString("rejection_reason") : null));
                }
                return summaries;
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
    }
}
