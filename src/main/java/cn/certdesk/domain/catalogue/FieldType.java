package cn.certdesk.domain.catalogue;

/**
 * The kind of value a certificate field holds; screens pick the input control and the
 * validation from it. Immutable and thread-safe.
 */
public enum FieldType {
    /** One line of text (names, places, relation). */
    TEXT,
    /** Several lines of free text (descriptions, reasons). */
    LONG_TEXT,
    /** A resident ID number (18 characters, checked with the check character). */
    ID_NUMBER,
    /** A calendar date. */
    DATE,
    /** A date and time of day. */
    DATE_TIME,
    /** 男 / 女. */
    GENDER,
    /** A telephone number. */
    PHONE,
    /** A photograph. */
    PHOTO
}
