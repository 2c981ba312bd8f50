package cn.certdesk.domain.record;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only fact about an application or a certificate (created, refused, approved,
 * printed, issued, voided, reprinted …). A correction is a new event, never an edit. The local
 * {@code sequence} orders events on this desk so a later sync can ship each exactly once.
 *
 * @param sequence      the store's order, assigned on append (0 before)
 * @param aggregateType what the event is about, e.g. {@code certificate}
 * @param aggregateId   the UUID of that application or certificate
 * @param eventType     what happened, e.g. {@code print-failed}
 * @param payload       JSON with the event's details
 * @param officerId     who did it (empty for the system)
 */
public record RecordEvent(long sequence, UUID id, String aggregateType, UUID aggregateId, String eventType,
        String payload, Optional<UUID> officerId, UUID stationId, Instant occurredAt) {
}
