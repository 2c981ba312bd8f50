package cn.certdesk.domain.application;

import java.time.LocalDate;
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

    /** Applications whose row is older than their latest event (a crash between event and row). */
    List<UUID> stale();
}
