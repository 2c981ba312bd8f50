package cn.certdesk.domain.application;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded refusal (R02: type asked, reason, officer, time). Refusals carry no certificate
 * number; the written notice has its own number ({@link RefusalNotice#number}).
 *
 * @param applicant    {@code null} when the applicant was not identified
 * @param noticeNumber the number printed on the refusal notice
 */
public record Refusal(UUID id, String kindAsked, String requestText, String group, String reasonShown, UUID officerId,
        Instant recordedAt, Applicant applicant, String noticeNumber) {

    @Override
    public String toString() {
        return "Refusal[" + id + ", " + noticeNumber + ", " + group + "]";
    }
}
