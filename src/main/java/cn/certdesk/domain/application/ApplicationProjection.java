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

    /** Open applications (not issued, voided or rejected): overdue first, then by due date. */
    List<ApplicationSummary> open(LocalDate today);

    /** Past and present applications matching every given criterion, newest first. */
    List<ApplicationSummary> search(HistoryQuery query, LocalDate today);

    /** Applications whose row is older than their latest event (a crash between event and row). */
    List<UUID> stale();
}
