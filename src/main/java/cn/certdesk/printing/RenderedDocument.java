package cn.certdesk.printing;

/**
 * A rendered PDF/A-2b document and the template version it was made from. The array is not
 * copied: treat it as read-only. Thread-safe when not modified.
 *
 * @param pdf             the PDF file's bytes
 * @param templateName    the template used
 * @param templateVersion the template's {@code version} at rendering time
 * @param pageCount       the number of pages (more than 1 when text overflowed)
 */
public record RenderedDocument(byte[] pdf, String templateName, int templateVersion, int pageCount) {
}
