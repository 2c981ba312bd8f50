package cn.certdesk.printing;

/**
 * One content field a template prints. Immutable and thread-safe.
 *
 * @param id       field id, the key in {@link DocumentData#fields()}
 * @param label    Chinese label
 * @param required whether rendering fails when it is missing or blank
 * @param type     how the value is given and printed
 */
public record FieldInfo(String id, String label, boolean required, FieldKind type) {

    /** How a field value is given. */
    public enum FieldKind {
        /** Printed as given. */
        TEXT,
        /** ISO {@code yyyy-MM-dd}, printed in the template's date style with the {@code |date} filter. */
        DATE,
        /** ISO {@code yyyy-MM-ddTHH:mm}, printed with the {@code |datetime} filter. */
        DATE_TIME,
        /** A base64 PNG (optionally as {@code data:image/png;base64,...}), drawn into an image slot. */
        IMAGE
    }
}
