package cn.certdesk.store;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.application.Application;
import cn.certdesk.domain.application.ApplicationProjection;
import cn.certdesk.domain.application.ApplicationStatus;
import cn.certdesk.domain.application.ApplicationSummary;
import cn.certdesk.domain.application.ApprovalQueueItem;
import cn.certdesk.domain.application.HistoryQuery;
import cn.certdesk.domain.application.IdNumberMask;
import cn.certdesk.domain.application.RefusalSummary;
import cn.certdesk.domain.application.Route;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final String OPEN_STATUSES = "('CREATED', 'AWAITING_APPROVAL', 'APPROVED')";
    /** The tail of a notice number derived from the refusal's id (RefusalNotice.number). */
    private static final Pattern NOTICE_ID_PREFIX = Pattern.compile(".*-R([0-9A-F]{8})");

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
    public List<ApplicationSummary> workList(UUID officerId, LocalDate today) {
        // R09: overdue first, then by due date; rejected ones stay until voided (the officer must see the reason).
        return query("SELECT " + SUMMARY_COLUMNS + " FROM application WHERE officer_id = ? AND (status IN "
                + OPEN_STATUSES + " OR status = 'REJECTED') ORDER BY (status IN " + OPEN_STATUSES
                + " AND due_date < ?) DESC, due_date, certificate_number",
                List.of(officerId.toString(), today.toString()), today);
    }

    /**
     * Refusals are single append-only events (V001 {@code record_event}, type {@code refusal-recorded});
     * they are searched there directly through the JSON payload (index {@code record_event_type}).
     */
    @Override
    public List<RefusalSummary> refusals(HistoryQuery query, ZoneId zone) {
        if (query.status() != null) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder("SELECT aggregate_id, occurred_at, officer_id, "
                + "json_extract(payload, '$.kindAsked'), json_extract(payload, '$.requestText'), "
                + "json_extract(payload, '$.group'), json_extract(payload, '$.applicant.name'), "
                + "json_extract(payload, '$.applicant.idNumber'), json_extract(payload, '$.noticeNumber') "
                + "FROM record_event WHERE aggregate_type = 'refusal' AND event_type = 'refusal-recorded'");
        List<Object> arguments = new ArrayList<>();
        if (query.certificateNumber() != null) {
            String number = query.certificateNumber().strip().toUpperCase(Locale.ROOT);
            Matcher derived = NOTICE_ID_PREFIX.matcher(number);
            sql.append(" AND (json_extract(payload, '$.noticeNumber') = ?");
            arguments.add(number);
            if (derived.matches()) {
                sql.append(" OR (json_extract(payload, '$.noticeNumber') IS NULL AND substr(aggregate_id, 1, 8) = ?)");
                arguments.add(derived.group(1).toLowerCase(Locale.ROOT));
            }
            sql.append(')');
        }
        if (query.applicantName() != null) {
            sql.append(" AND instr(json_extract(payload, '$.applicant.name'), ?) > 0");
            arguments.add(query.applicantName().strip());
        }
        if (query.idNumber() != null) {
            sql.append(" AND json_extract(payload, '$.applicant.idNumber') = ?");
            arguments.add(query.idNumber().strip().toUpperCase(Locale.ROOT));
        }
        if (query.kindCode() != null) {
            sql.append(" AND json_extract(payload, '$.kindAsked') = ?");
            arguments.add(query.kindCode());
        }
        sql.append(" ORDER BY seq DESC");
        List<RefusalSummary> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                statement.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Instant at = Instant.parse(rows.getString(2));
                    LocalDate on = at.atZone(zone).toLocalDate();
                    // the date range is the desk's local date, compared here rather than on UTC text
                    if (query.from() != null && on.isBefore(query.from())
                            || query.to() != null && on.isAfter(query.to())) {
                        continue;
                    }
                    String name = rows.getString(7);
                    found.add(new RefusalSummary(UUID.fromString(rows.getString(1)), rows.getString(9),
                            rows.getString(4), rows.getString(5), rows.getString(6), name == null ? "" : name,
                            IdNumberMask.mask(rows.getString(8)), UUID.fromString(rows.getString(3)), at, on));
                }
            }
        } catch (SQLException e) {
            throw new CertDeskException("store.read.failed", e);
        }
        return found;
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
