package cn.certdesk.printing;

/**
 * A template cannot be loaded, or a document cannot be rendered from it. The message names the
 * template (file) and the field concerned, never a field's value, so that it can be logged
 * without personal data. Immutable and thread-safe.
 */
public class TemplateException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String templateName;
    private final String fieldId;

    /**
     * @param templateName the template (or its file name); may be {@code null} when none applies
     * @param fieldId      the field concerned; may be {@code null}
     * @param message      what went wrong, without any field value
     */
    public TemplateException(String templateName, String fieldId, String message) {
        this(templateName, fieldId, message, null);
    }

    /** As {@link #TemplateException(String, String, String)}, with the cause. */
    public TemplateException(String templateName, String fieldId, String message, Throwable cause) {
        super(compose(templateName, fieldId, message), cause);
        this.templateName = templateName;
        this.fieldId = fieldId;
    }

    private static String compose(String templateName, String fieldId, String message) {
        StringBuilder text = new StringBuilder();
        if (templateName != null) {
            text.append("template ").append(templateName).append(": ");
        }
        if (fieldId != null) {
            text.append("field '").append(fieldId).append("': ");
        }
        return text.append(message).toString();
    }

    /** @return the template (file) concerned, or {@code null} */
    public String templateName() {
        return templateName;
    }

    /** @return the field concerned, or {@code null} */
    public String fieldId() {
        return fieldId;
    }
}
