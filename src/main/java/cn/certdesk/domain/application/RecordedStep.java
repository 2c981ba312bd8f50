package cn.certdesk.domain.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One recorded step of an application or a refusal, in the order it happened (R15: who did what
 * and when, never changed afterwards).
 *
 * @param eventType  what happened, e.g. {@code application-created}, {@code voided}, {@code reprint-sent}
 * @param officerId  who did it; empty for the system
 * @param reason     the reason recorded with it (rejection, void, reprint, refusal), if any
 * @param printer    the printer a print or reprint went to, if any
 */
public record RecordedStep(String eventType, Optional<UUID> officerId, Instant occurredAt, Optional<String> reason,
        Optional<String> printer) {
}
