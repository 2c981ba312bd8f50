package cn.certdesk.domain.calendar;

/**
 * The holiday data could not be read: a malformed line, a duplicate date, a bad
 * {@code # covers:} line, or an I/O failure. The message (Chinese, for the administrator)
 * names the source and the line number.
 */
public final class CalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CalendarDataException(String message) {
        super(message);
    }

    public CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
