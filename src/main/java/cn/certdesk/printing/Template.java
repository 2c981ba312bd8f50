package cn.certdesk.printing;

import java.util.List;
import java.util.Map;

/**
 * A loaded, validated template: positions in millimetres from the top-left corner of an A4
 * page. Immutable and thread-safe.
 */
record Template(String name, String kindCode, int version, String title, String sealLabel,
        ChineseDates.DateStyle dateStyle, Map<String, FieldInfo> fields, Area continuation,
        List<Element> elements) {

    Template {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        elements = List.copyOf(elements);
    }

    /** A rectangle in millimetres, origin top left. */
    record Area(double x, double y, double width, double height) {
    }

    /** Something drawn on the first page. */
    sealed interface Element permits TextElement, LineElement, BoxElement, ImageElement, QrElement, SealElement {
    }

    /**
     * Text with {@code {field}} placeholders, wrapped inside {@code area}; shrinks from
     * {@code size} to {@code minSize}, then continues on continuation pages.
     */
    record TextElement(Area area, FontRole font, double size, double minSize, double lineSpacing, Align align,
            VAlign valign, double indent, List<TextPart> parts, String label) implements Element {
        TextElement {
            parts = List.copyOf(parts);
        }
    }

    /** A straight line. */
    record LineElement(double x1, double y1, double x2, double y2, double lineWidth, boolean dashed)
            implements Element {
    }

    /** A rectangle outline. */
    record BoxElement(Area area, double lineWidth, boolean dashed) implements Element {
    }

    /** An image field (signature, photo) scaled into its box; the placeholder text shows when it is empty. */
    record ImageElement(Area area, String field, String placeholder) implements Element {
    }

    /** The QR code slot (square). */
    record QrElement(Area area) implements Element {
    }

    /** The labelled seal box — never a seal image. */
    record SealElement(Area area) implements Element {
    }

    /** Literal text or a field reference with a filter. */
    sealed interface TextPart permits Literal, FieldRef {
    }

    /** Fixed text. */
    record Literal(String text) implements TextPart {
    }

    /** {@code {id}}, {@code {id|date}}, {@code {id|datetime}}, {@code {id|default:无}}. */
    record FieldRef(String field, String filter, String argument) implements TextPart {
    }

    /** Which face a text starts with (other faces only for characters it lacks). */
    enum FontRole {
        BODY, HEADING
    }

    /** Horizontal alignment. */
    enum Align {
        LEFT, CENTER, RIGHT
    }

    /** Vertical alignment inside the box. */
    enum VAlign {
        TOP, MIDDLE
    }
}
