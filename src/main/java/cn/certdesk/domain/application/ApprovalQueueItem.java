package cn.certdesk.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of the station head's approval queue (R07, R12, R13, R14). Only the masked ID number is
 * exposed (R16); {@link #toString()} omits the applicant's name.
 *
 * @param route                normal (a head-approval kind of the catalogue) or an override (R13, R14)
 * @param applicantName        shown to the head, who may identify applicants
 * @param maskedIdNumber       {@link IdNumberMask#mask(String)} of the applicant's ID number
 * @param officerId            the officer who prepared it (four eyes: never its approver)
 * @param officerName          that officer's name
 * @param officerPoliceNumber  that officer's 警号
 * @param submittedAt          when approval was requested
 * @param overdue              past its due date (R09)
 */
public record ApprovalQueueItem(UUID id, String certificateNumber, String kindCode, Route route,
        String applicantName, String maskedIdNumber, boolean applicantChecked, UUID officerId, String officerName,
        String officerPoliceNumber, Instant submittedAt, LocalDate dueDate, boolean dueEstimated, boolean overdue) {

    @Override
    public String toString() {
        return "ApprovalQueueItem[" + certificateNumber + ", " + kindCode + ", " + route + ", due " + dueDate + "]";
    }
}
