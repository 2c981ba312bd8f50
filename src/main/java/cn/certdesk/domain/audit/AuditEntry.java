package cn.certdesk.domain.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One append-only entry of the audit trail (R15). It carries the SM3 hash of the entry before it
 * ({@link #previousHash}; the first entry carries {@link AuditChain#GENESIS}) and its own hash
 * ({@link #hash}) over {@link AuditChain#canonicalBytes}. Immutable.
 *
 * @param sequence     1, 2, 3 … without gaps on this desk
 * @param occurredAt   when, to the millisecond (UTC)
 * @param officerId    who; empty for the system or an unknown police number
 * @param policeNumber the officer's 警号 at the time (the officer table may change later)
 * @param objectType   what kind of thing it is about, e.g. {@code application}, {@code resident}
 * @param objectRef    which one: a UUID, a certificate number, a police number or a setting key — never a
 *                     citizen's name, ID number or phone (R16)
 * @param detail       {@code key=value} facts without personal data; may be empty
 */
public record AuditEntry(long sequence, UUID id, Instant occurredAt, Optional<UUID> officerId,
        Optional<String> policeNumber, AuditAction action, String objectType, String objectRef, String detail,
        String previousHash, String hash) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public AuditEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(officerId, "officerId");
        Objects.requireNonNull(policeNumber, "policeNumber");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectRef, "objectRef");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }

    /** The entry's time as stored and hashed: UTC, always three fraction digits, so text order is time order. */
    public String occurredAtText() {
        return TIME.format(occurredAt);
    }

    /** An instant as the trail stores it (truncated to milliseconds). */
    public static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Parses {@link #occurredAtText()}. */
    public static Instant parseTime(String text) {
        return Instant.parse(text);
    }

    /** The text form of an instant as the trail stores it, e.g. for range queries. */
    public static String timeText(Instant instant) {
        return TIME.format(truncate(instant));
    }
}
