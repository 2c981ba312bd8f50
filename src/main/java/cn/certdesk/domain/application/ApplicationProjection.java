package cn.certdesk.domain.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The derived table of applications that lists read (implemented by the store). It is written in
 * the same transaction as every event and can be rebuilt from the events at any time.
 */
public interface ApplicationProjection {

    /** Inserts or replaces the row of one application with its replayed state. */
    void save(Application application);

    /** Empties the table and writes one row for each application (rebuild from the events). */
    void replaceAll(List<Application> applications);

    /**
     * The applications of the officers' home screen ({@link ApplicationStatus#onHomeScreen()}: open,
     * or rejected and not yet voided, with the head's reason): overdue first, then by due date.
     */
    List<ApplicationSummary> open(LocalDate today);

    /**
     * The approval queue (R07, R12, R13, R14): applications awaiting the station head, overdue
     * first, then by due date, then by submission.
     */
    List<ApprovalQueueItem> awaitingApproval(LocalDate today);

    /** Past and present applications matching every given criterion, newest first. */
    List<ApplicationSummary> search(HistoryQuery query, LocalDate today);

    /**
     * The officer's work list (R09): their applications still open, and those rejected by the
     * station head (until voided), overdue first, then by due date.
     */
    List<ApplicationSummary> workList(UUID officerId, LocalDate today);

    /**
     * Recorded refusals matching the query's number (the notice's), applicant, date range (the
     * desk's local date in {@code zone}) and kind asked, newest first; a query with an
     * application status matches none. The notice number is {@code null} for refusals recorded
     * before it was kept.
     */
    List<RefusalSummary> refusals(HistoryQuery query, ZoneId zone);

    /** Applications whose row is older than their latest event (a crash between event and row). */
    List<UUID> stale();
}
