package cn.certdesk.domain.audit;

import cn.certdesk.domain.officer.Officer;

/**
 * Where everything an officer does is recorded, append-only and hash-chained (R15, R16). An
 * entry written inside a store transaction is kept or rolled back with the work it records.
 * Implementations state whether they are thread-safe.
 */
public interface AuditTrail {

    /**
     * Appends one entry.
     *
     * @param officer    who did it; {@code null} for the system or an unknown police number
     * @param objectType what kind of thing, e.g. {@code application}, {@code resident}, {@code officer}
     * @param objectRef  which one: a UUID, certificate number, police number or setting key (R16: never a
     *                   citizen's name, ID number or phone)
     * @param detail     further {@code key=value} facts without personal data, or empty
     * @throws IllegalArgumentException when the reference or detail looks like personal data ({@link AuditText})
     */
    void record(Officer officer, AuditAction action, String objectType, String objectRef, String detail);

    /** A trail that records nothing: for tests and tools that exercise other behaviour. Never in the desk. */
    static AuditTrail notRecorded() {
        return (officer, action, objectType, objectRef, detail) -> AuditText.check(objectType, objectRef, detail);
    }
}
