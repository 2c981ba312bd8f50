package cn.certdesk.domain;

/**
 * Checks for free text an officer types: not blank, at most a number of characters counted
 * as Unicode code points (so a name with characters outside the BMP counts each as one), no
 * control characters and no bidirectional-override characters (they can disguise text).
 * Nothing is trimmed or cut silently: a value that breaks a rule is refused with a message.
 * Stateless.
 */
public final class TextInput {

    private TextInput() {
    }

    /**
     * @param fieldKey  bundle key naming the field, for the message
     * @param value     what was typed
     * @param maxLength the most code points allowed
     * @return the value with surrounding white space removed
     * @throws CertDeskException {@code input.empty}, {@code input.too.long} or {@code input.illegal.character}
     */
    public static String require(String fieldKey, String value, int maxLength) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new CertDeskException("input.empty", fieldKey);
        }
        int length = stripped.codePointCount(0, stripped.length());
        if (length > maxLength) {
            throw new CertDeskException("input.too.long", fieldKey, maxLength, length);
        }
        int[] codePoints = stripped.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            if (isForbidden(codePoints[i])) {
                throw new CertDeskException("input.illegal.character", fieldKey, i + 1,
                        String.format("U+%04X", codePoints[i]));
            }
        }
        return stripped;
    }

    /** Control characters (C0, DEL, C1), bidirectional controls, and unassigned or private-use code points. */
    public static boolean isForbidden(int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return true;
        }
        if ((codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                || type == Character.FORMAT && codePoint != 0x200D;
    }
}
