package cn.certdesk.domain.catalogue;

/**
 * The kind of value a certificate field holds; screens pick the input control and the
 * validation from it. Immutable and thread-safe.
 */
public enum FieldType {
    /** One line of text (names, places, relation). */
    TEXT(100),
    /** Several lines of free text (descriptions, reasons). */
    LONG_TEXT(1000),
    /** A resident ID number (18 characters, checked with the check character). */
    ID_NUMBER(18),
    /** A calendar date. */
    DATE(10),
    /** A date and time of day. */
    DATE_TIME(16),
    /** 男 / 女. */
    GENDER(1),
    /** A telephone number. */
    PHONE(30),
    /** A photograph (the form takes the path of an image file). */
    PHOTO(260);

    private final int defaultMaxLength;

    FieldType(int defaultMaxLength) {
        this.defaultMaxLength = defaultMaxLength;
    }

    /** The length limit of a field of this type when the catalogue names none. */
    public int defaultMaxLength() {
        return defaultMaxLength;
    }
}
