package cn.certdesk.domain.stub;

import cn.certdesk.domain.CertDeskException;
import java.util.Objects;
import java.util.Optional;

/**
 * The phone number the applicant or agent writes on the stub (存根联系电话, R06, R07): a mainland
 * mobile number or a landline with its area code. Immutable and thread-safe.
 *
 * <p>Accepted input:
 * <ul>
 *   <li>mobile (手机): 11 digits, {@code 1[3-9]} and 9 more, e.g. {@code 138 1234 5678} or
 *       {@code 138-1234-5678};</li>
 *   <li>landline (固定电话): {@code 0} + area code + a local number of 7–8 digits that does not
 *       start with 0 or 1, e.g. {@code 0431-85551234} or {@code 01088886666}; the area code has
 *       2 digits after the 0 when it starts with 1 or 2 ({@code 010}, {@code 020}–{@code 029}),
 *       otherwise 3 ({@code 0431}); an optional extension (分机) of 1–6 digits follows
 *       {@code 转} or a last hyphen: {@code 0431-85551234转123}, {@code 0431-85551234-123}.</li>
 * </ul>
 * Spaces (also the ideographic space) and hyphens (also the full-width {@code －}) between
 * digit groups are dropped; full-width digits {@code ０}–{@code ９} count as digits. Nothing
 * else is allowed (no {@code +86}: the stub is for mainland numbers).
 *
 * <p>{@link #toString()} masks the middle ({@code 138****5678}, {@code 0431-****1234}) so the
 * number never reaches a log line; {@link #value()} is the full number for the stub itself.
 */
public final class PhoneNumber {

    /** Mobile or landline. */
    public enum Kind { MOBILE, LANDLINE }

    private static final int MAX_EXTENSION_DIGITS = 6;

    private final Kind kind;
    private final String areaCode;
    private final String number;
    private final String extension;

    private PhoneNumber(Kind kind, String areaCode, String number, String extension) {
        this.kind = kind;
        this.areaCode = areaCode;
        this.number = number;
        this.extension = extension;
    }

    /**
     * @param text what was typed
     * @return the number, normalized
     * @throws CertDeskException {@code phone.empty}, {@code phone.illegal.character} (arguments:
     *         1-based position, code point), {@code phone.invalid.prefix},
     *         {@code phone.invalid.mobile} or {@code phone.invalid.landline}; the arguments never
     *         quote the number
     */
    public static PhoneNumber parse(String text) {
        String normalized = normalizeCharacters(text == null ? "" : text.strip());
        if (normalized.isEmpty()) {
            throw new CertDeskException("phone.empty");
        }
        char first = normalized.charAt(0);
        if (first == '1') {
            return parseMobile(normalized);
        }
        if (first == '0') {
            return parseLandline(normalized);
        }
        throw new CertDeskException("phone.invalid.prefix");
    }

    /** @return whether {@code text} parses; for validation as the officer types */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (CertDeskException e) {
            return false;
        }
    }

    /**
     * Full-width digits become ASCII, every separator becomes {@code ' '} or {@code '-'}; any
     * other character is refused with its position.
     */
    private static String normalizeCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < codePoints.length; i++) {
            int c = codePoints[i];
            if (c >= '0' && c <= '9') {
                out.append((char) c);
            } else if (c >= '０' && c <= '９') {
                out.append((char) ('0' + (c - '０')));
            } else if (c == ' ' || c == '\u3000' || c == '\u00A0') {
                out.append(' ');
            } else if (c == '-' || c == '－' || c == '‐' || c == '‑' || c == '–' || c == '—') {
                out.append('-');
            } else if (c == '转') {
                out.append('转');
            } else {
                throw new CertDeskException("phone.illegal.character", i + 1, String.format("U+%04X", c));
            }
        }
        return out.toString();
    }

    private static PhoneNumber parseMobile(String text) {
        if (text.indexOf('转') >= 0 || !separatorsOnlyBetweenDigits(text)) {
            throw new CertDeskException("phone.invalid.mobile");
        }
        String digits = digitsOf(text);
        if (digits.length() != 11 || digits.charAt(1) < '3') {
            throw new CertDeskException("phone.invalid.mobile");
        }
        return new PhoneNumber(Kind.MOBILE, "", digits, "");
    }

    private static PhoneNumber parseLandline(String text) {
        String main = text;
        String extension = "";
        int transfer = text.indexOf('转');
        if (transfer >= 0) {
            main = text.substring(0, transfer).strip();
            extension = text.substring(transfer + 1).strip();
            if (!extension.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new CertDeskException("phone.invalid.landline");
            }
        }
        if (!separatorsOnlyBetweenDigits(main)) {
            throw new CertDeskException("phone.invalid.landline");
        }
        String digits = digitsOf(main);
        int areaLength = digits.length() > 1 && (digits.charAt(1) == '1' || digits.charAt(1) == '2') ? 3 : 4;
        int local = digits.length() - areaLength;
        if (transfer < 0 && (local < 7 || local > 8)) {
            // "0431-85551234-123": the group after the last hyphen is the extension.
            int lastHyphen = main.lastIndexOf('-');
            if (lastHyphen > 0) {
                String tail = digitsOf(main.substring(lastHyphen + 1));
                String head = digitsOf(main.substring(0, lastHyphen));
                int headLocal = head.length() - areaLength;
                if (headLocal >= 7 && headLocal <= 8) {
                    digits = head;
                    extension = tail;
                    local = headLocal;
                }
            }
        }
        if (local < 7 || local > 8 || extension.length() > MAX_EXTENSION_DIGITS
                || (transfer >= 0 && extension.isEmpty())) {
            throw new CertDeskException("phone.invalid.landline");
        }
        String localNumber = digits.substring(areaLength);
        if (localNumber.charAt(0) == '0' || localNumber.charAt(0) == '1') {
            throw new CertDeskException("phone.invalid.landline");
        }
        return new PhoneNumber(Kind.LANDLINE, digits.substring(0, areaLength), localNumber, extension);
    }

    /** No separator at the ends, and at most one between two digits. */
    private static boolean separatorsOnlyBetweenDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        boolean previousWasSeparator = true;
        for (int i = 0; i < text.length(); i++) {
            boolean separator = text.charAt(i) == ' ' || text.charAt(i) == '-';
            if (separator && previousWasSeparator) {
                return false;
            }
            previousWasSeparator = separator;
        }
        return !previousWasSeparator;
    }

    private static String digitsOf(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        text.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    public Kind kind() {
        return kind;
    }

    /** The area code with its leading 0 ({@code 0431}); empty for a mobile number. */
    public String areaCode() {
        return areaCode;
    }

    /** The extension digits, if any. */
    public Optional<String> extension() {
        return extension.isEmpty() ? Optional.empty() : Optional.of(extension);
    }

    /**
     * The full number as printed on the stub: {@code 13812345678}, {@code 0431-85551234},
     * {@code 0431-85551234转123}. Personal data: never log it.
     */
    public String value() {
        if (kind == Kind.MOBILE) {
            return number;
        }
        return areaCode + "-" + number + (extension.isEmpty() ? "" : "转" + extension);
    }

    /** Masked: {@code 138****5678}, {@code 0431-****1234}; safe for logs. */
    @Override
    public String toString() {
        String lastFour = number.substring(number.length() - 4);
        if (kind == Kind.MOBILE) {
            return number.substring(0, 3) + "****" + lastFour;
        }
        return areaCode + "-****" + lastFour;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PhoneNumber that && kind == that.kind && areaCode.equals(that.areaCode)
                && number.equals(that.number) && extension.equals(that.extension);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, areaCode, number, extension);
    }
}
