package cn.certdesk.domain.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guard that keeps personal data out of audit entries (R16): references and details are
 * printable ASCII (so no Chinese names), and hold no run of digits as long as a mobile number
 * (11) or an ID number (15, 17 or 18, with a final X). Certificate numbers (12-digit station
 * code, then short groups), UUIDs and police numbers (6–8 digits) pass. Stateless.
 */
public final class AuditText {

    public static final int MAX_LENGTH = 500;

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x20-\\x7E]*");
    private static final Pattern DIGIT_RUN = Pattern.compile("[0-9]+[Xx]?");

    private AuditText() {
    }

    /** @throws IllegalArgumentException naming the field that looks like personal data */
    public static void check(String objectType, String objectRef, String detail) {
        require("objectType", objectType);
        require("objectRef", objectRef);
        require("detail", detail);
    }

    private static void require(String field, String value) {
        if (value == null) {
            throw new IllegalArgumentException("audit " + field + " is missing");
        }
        if (value.length() > MAX_LENGTH || !PRINTABLE_ASCII.matcher(value).matches()) {
            throw new IllegalArgumentException("audit " + field + " must be short printable ASCII (R16: no names)");
        }
        Matcher digits = DIGIT_RUN.matcher(value);
        while (digits.find()) {
            String run = digits.group();
            int length = run.length();
            boolean bordersHex = (digits.start() > 0 && isHexLetter(value.charAt(digits.start() - 1)))
                    || (digits.end() < value.length() && isHexLetter(value.charAt(digits.end())));
            if (!bordersHex && (length == 11 || length == 15 || length == 17 || length == 18)) {
                throw new IllegalArgumentException("audit " + field
                        + " holds a number as long as a phone or ID number (R16)");
            }
        }
    }

    /** Inside a UUID or hash, digit runs are parts of hex strings, not numbers. */
    private static boolean isHexLetter(char c) {
        return (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
