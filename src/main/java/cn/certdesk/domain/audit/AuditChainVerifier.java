package cn.certdesk.domain.audit;

import java.util.Optional;

/**
 * Walks the audit entries in sequence order and finds the FIRST broken one (R15): an entry whose
 * content no longer gives its hash (changed), a gap in the sequence (deleted entries), an entry
 * that does not link to the hash of the one before (an entry rewritten with a recomputed hash),
 * and at the end a head that records more or other entries than there are (the last entries
 * deleted). Feed it with {@link #accept} in order, then call {@link #finish}. Not thread-safe;
 * one verifier per pass.
 */
public final class AuditChainVerifier {

    private long expectedSequence = 1;
    private String expectedPrevious = AuditChain.GENESIS;
    private long entries;
    private ChainStatus.Break firstBreak;
    private AuditEntry last;

    /** Checks the next entry; after the first break the rest is only counted. */
    public void accept(AuditEntry entry) {
        entries++;
        if (firstBreak != null) {
            return;
        }
        if (!AuditChain.hashOf(entry).equals(entry.hash())) {
            firstBreak = new ChainStatus.Break(entry.sequence(), Optional.of(entry.id()), ChainStatus.Problem.CHANGED,
                    0, 0);
        } else if (entry.sequence() != expectedSequence) {
            firstBreak = new ChainStatus.Break(entry.sequence(), Optional.of(entry.id()),
                    ChainStatus.Problem.MISSING_BEFORE, expectedSequence, entry.sequence() - 1);
        } else if (!entry.previousHash().equals(expectedPrevious)) {
            firstBreak = new ChainStatus.Break(entry.sequence(), Optional.of(entry.id()),
                    ChainStatus.Problem.LINK_BROKEN, 0, 0);
        }
        expectedSequence = entry.sequence() + 1;
        expectedPrevious = entry.hash();
        last = entry;
    }

    /** The result, checked against the head the trail keeps apart from the entries. */
    public ChainStatus finish(AuditHead head) {
        if (firstBreak == null) {
            long lastSequence = last == null ? 0 : last.sequence();
            if (head.sequence() > lastSequence) {
                firstBreak = new ChainStatus.Break(head.sequence(), head.id(), ChainStatus.Problem.MISSING_AT_END,
                        lastSequence + 1, head.sequence());
            } else if (head.sequence() < lastSequence) {
                // entries after the head were written past the trail (its triggers dropped)
                firstBreak = new ChainStatus.Break(head.sequence() + 1, Optional.empty(),
                        ChainStatus.Problem.HEAD_MISMATCH, 0, 0);
            } else if (last != null && !head.hash().equals(last.hash())) {
                firstBreak = new ChainStatus.Break(last.sequence(), Optional.of(last.id()),
                        ChainStatus.Problem.HEAD_MISMATCH, 0, 0);
            }
        }
        return new ChainStatus(entries, Optional.ofNullable(firstBreak));
    }

    /** Verifies a whole list of entries in order. */
    public static ChainStatus verify(Iterable<AuditEntry> entries, AuditHead head) {
        AuditChainVerifier verifier = new AuditChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish(head);
    }
}
