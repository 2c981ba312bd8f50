package cn.certdesk.domain.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One refusal in a history search (R08, R15). Only the masked ID number is exposed (R16);
 * {@link #toString()} omits the name.
 *
 * @param noticeNumber   the refusal notice's number
 * @param kindAsked      the catalogue code asked for, {@code null} outside the catalogue
 * @param requestText    the request in the applicant's words when outside the catalogue
 * @param applicantName  empty when the applicant was not identified
 * @param maskedIdNumber empty when the applicant was not identified
 * @param recordedOn     the desk's local date of the refusal
 */
public record RefusalSummary(UUID id, String noticeNumber, String kindAsked, String requestText, String group,
        String applicantName, String maskedIdNumber, UUID officerId, Instant recordedAt, LocalDate recordedOn) {

    @Override
    public String toString() {
        return "RefusalSummary[" + noticeNumber + ", " + kindAsked + ", " + group + "]";
    }
}
