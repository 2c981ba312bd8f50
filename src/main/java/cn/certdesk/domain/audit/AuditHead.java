package cn.certdesk.domain.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * Where the trail says its chain ends, kept apart from the entries (table {@code audit_head}):
 * it lets the verifier see that the LAST entries were deleted. Immutable.
 *
 * @param sequence the last entry's sequence; 0 for an empty trail
 * @param id       the last entry's id; empty for an empty trail
 * @param hash     the last entry's hash; {@link AuditChain#GENESIS} for an empty trail
 */
public record AuditHead(long sequence, Optional<UUID> id, String hash) {

    public static final AuditHead EMPTY = new AuditHead(0, Optional.empty(), AuditChain.GENESIS);
}
