package cn.certdesk.printing;

import java.util.List;

/**
 * What a template is: for screens that build the input form and for the audit record.
 * Immutable and thread-safe.
 *
 * @param name      template name (file name without {@code .json})
 * @param version   the template's version number
 * @param title     the printed title, e.g. 亲属关系证明
 * @param fields    the content fields (catalogue fields for issue kinds, declared fields otherwise)
 * @param sealType  the seal label printed in the seal slot (户口专用章 / 公章), or {@code null} when
 *                  the template has no seal slot
 * @param kindCode  the catalogue kind code for certificate templates, {@code null} for the others
 */
public record TemplateInfo(String name, int version, String title, List<FieldInfo> fields, String sealType,
        String kindCode) {

    public TemplateInfo {
        fields = List.copyOf(fields);
    }
}
