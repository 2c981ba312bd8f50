package cn.certdesk.domain.application;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of an application list (home screen, history search). Only the masked ID number is
 * exposed (R16); {@link #toString()} omits the name.
 *
 * @param applicantChecked {@code false}: manual entry, not checked against the register
 * @param overdue          open and past its due date (R09)
 * @param rejectionReason  the station head's reason when {@link ApplicationStatus#REJECTED}, else {@code null}
 */
public record ApplicationSummary(UUID id, String certificateNumber, String kindCode, ApplicationStatus status,
        String applicantName, String maskedIdNumber, boolean applicantChecked, UUID officerId, Route route,
        LocalDate createdOn, LocalDate dueDate, boolean dueEstimated, boolean overdue, int reprintCount,
        String rejectionReason) {

    /** A line without a rejection reason (every status but {@link ApplicationStatus#REJECTED}). */
    public ApplicationSummary(UUID id, String certificateNumber, String kindCode, ApplicationStatus status,
            String applicantName, String maskedIdNumber, boolean applicantChecked, UUID officerId, Route route,
            LocalDate createdOn, LocalDate dueDate, boolean dueEstimated, boolean overdue, int reprintCount) {
        this(id, certificateNumber, kindCode, status, applicantName, maskedIdNumber, applicantChecked, officerId,
                route, createdOn, dueDate, dueEstimated, overdue, reprintCount, null);
    }

    @Override
    public String toString() {
        return "ApplicationSummary[" + certificateNumber + ", " + kindCode + ", " + status + ", due " + dueDate + "]";
    }
}
