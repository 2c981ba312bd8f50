package cn.certdesk.domain.audit;

import java.util.Optional;
import java.util.UUID;

/**
 * The outcome of verifying the audit chain: intact, or the FIRST broken entry. Immutable.
 *
 * @param entries    how many entries were read
 * @param firstBreak empty when the chain is intact
 */
public record ChainStatus(long entries, Optional<Break> firstBreak) {

    public boolean intact() {
        return firstBreak.isEmpty();
    }

    /** Why an entry breaks the chain. */
    public enum Problem {
        /** The entry's content no longer gives its stored hash: it was changed after it was recorded. */
        CHANGED,
        /** Sequence numbers are missing before this entry: entries were deleted. */
        MISSING_BEFORE,
        /** The entry does not link to the one before it: that one was rewritten (hash recomputed) or this link was. */
        LINK_BROKEN,
        /** The head records later entries than the trail holds: the last entries were deleted. */
        MISSING_AT_END,
        /** The entry is not the last one the head records: written past the trail, or the head was changed. */
        HEAD_MISMATCH
    }

    /**
     * The first broken entry.
     *
     * @param sequence        its sequence number
     * @param id              its id, when known (a deleted last entry is known from the head)
     * @param problem         what is wrong
     * @param missingFrom     for MISSING_*: the first missing sequence number, else 0
     * @param missingTo       for MISSING_*: the last missing sequence number, else 0
     */
    public record Break(long sequence, Optional<UUID> id, Problem problem, long missingFrom, long missingTo) {

        /** One line for logs and {@code certdesk selftest}, naming the entry (no personal data: entries hold none). */
        public String describe() {
            String entry = "#" + sequence + id.map(value -> " (id " + value + ")").orElse("");
            return switch (problem) {
                case CHANGED -> "first broken entry " + entry + ": changed after it was recorded "
                        + "(its content no longer gives its SM3 hash)";
                case MISSING_BEFORE -> "first broken entry " + entry + ": entries " + range() + " before it are missing "
                        + "(deleted)";
                case LINK_BROKEN -> "first broken entry " + entry + ": does not link to the SM3 hash of entry #"
                        + (sequence - 1) + " (that entry was rewritten, or this link was changed)";
                case MISSING_AT_END -> "first broken entry " + entry + ": entries " + range()
                        + " recorded by the chain head are missing (deleted from the end)";
                case HEAD_MISMATCH -> "first broken entry " + entry + ": does not match the chain head "
                        + "(written outside the trail, or the head was changed)";
            };
        }

        private String range() {
            return missingFrom == missingTo ? "#" + missingFrom : "#" + missingFrom + "–#" + missingTo;
        }
    }
}
