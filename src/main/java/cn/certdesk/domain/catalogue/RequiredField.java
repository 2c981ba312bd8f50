package cn.certdesk.domain.catalogue;

import java.util.Objects;

/**
 * One field of an issued certificate's content, as listed in the catalogue. Immutable and
 * thread-safe.
 *
 * @param id       stable ASCII identifier, e.g. {@code relativeIdNumber}
 * @param label    the Chinese label printed and shown, e.g. 亲属公民身份号码
 * @param type     what kind of value it holds
 * @param optional {@code true} if the certificate may be issued with the field empty
 *                 (e.g. 曾用名, photo)
 */
public record RequiredField(String id, String label, FieldType type, boolean optional) {

    public RequiredField {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
    }
}
