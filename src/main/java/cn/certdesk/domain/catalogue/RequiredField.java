package cn.certdesk.domain.catalogue;

import java.util.Objects;
import java.util.Optional;

/**
 * One field of an issued certificate's content, as listed in the catalogue. Immutable and
 * thread-safe.
 *
 * @param id       stable ASCII identifier, e.g. {@code relativeIdNumber}
 * @param label    the Chinese label printed and shown, e.g. 亲属公民身份号码
 * @param type     what kind of value it holds
 * @param optional  {@code true} if the certificate may be issued with the field empty
 *                  (e.g. 曾用名, photo)
 * @param prefill   where the issuing form takes the value from (R06: the population data), e.g.
 *                  {@code applicant.name}, {@code relative.idNumber}; {@code null} when the officer
 *                  types it (see {@code cn.certdesk.domain.application.FormPrefill} for the sources)
 * @param maxLength the most characters (code points) the field takes; longer input is refused with
 *                  a message, never cut
 */
public record RequiredField(String id, String label, FieldType type, boolean optional, String prefill,
        int maxLength) {

    public RequiredField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength < 1 for " + id);
        }
    }

    /** A field without a prefill source and with its type's default length limit. */
    public RequiredField(String id, String label, FieldType type, boolean optional) {
        this(id, label, type, optional, null, type.defaultMaxLength());
    }

    /** @return the prefill source, if the catalogue names one */
    public Optional<String> prefillSource() {
        return Optional.ofNullable(prefill);
    }
}
