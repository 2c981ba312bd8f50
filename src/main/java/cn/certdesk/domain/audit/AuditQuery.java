package cn.certdesk.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A search of the audit trail: a time range (from inclusive, to exclusive), optionally one
 * officer, one action and text the object reference or detail contains. Immutable.
 */
public record AuditQuery(Instant from, Instant to, Optional<UUID> officerId, Optional<AuditAction> action,
        String objectText) {

    public AuditQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(action, "action");
        objectText = objectText == null ? "" : objectText.strip();
    }
}
