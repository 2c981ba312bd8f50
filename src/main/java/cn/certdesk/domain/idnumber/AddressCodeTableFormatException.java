package cn.certdesk.domain.idnumber;

/**
 * A line of an address code table file that cannot be read. The message names the line number
 * and what is wrong with it; the table file holds no personal data, so quoting it is safe.
 * Immutable and thread-safe.
 */
public final class AddressCodeTableFormatException extends RuntimeException {

    private final int lineNumber;

    AddressCodeTableFormatException(int lineNumber, String problem) {
        super("address code table, line " + lineNumber + ": " + problem);
        this.lineNumber = lineNumber;
    }

    /** The 1-based number of the offending line, counting comment and header lines. */
    public int lineNumber() {
        return lineNumber;
    }
}
