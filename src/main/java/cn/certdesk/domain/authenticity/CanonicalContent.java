package cn.certdesk.domain.authenticity;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical text of a certificate's content: the one string whose SM3 digest the QR code
 * signs, and which the PDF carries in its XMP metadata ({@code cd:content}).
 *
 * <h2>Format (version 1)</h2>
 * <pre>
 * CDC1\n
 * certificateNumber=&lt;number&gt;\n
 * kindCode=&lt;kind&gt;\n
 * issueDate=&lt;yyyy-MM-dd&gt;\n
 * stationCode=&lt;station&gt;\n
 * field.&lt;name&gt;=&lt;value&gt;\n      (one line per field, sorted by name)
 * </pre>
 * <ul>
 *   <li>Every name and value is first normalized to Unicode NFC.</li>
 *   <li>Fields are sorted by their NFC name in {@link String#compareTo} order (UTF-16 code
 *       units); two names equal after NFC are rejected.</li>
 *   <li>Escaping, in names and values alike: {@code \} → {@code \\}, {@code =} → {@code \=},
 *       every C0/C1 control character, DEL, U+2028 and U+2029 → {@code \}{@code uXXXX} (four
 *       upper-case hex digits). So a line never contains a raw line break, and the first
 *       unescaped {@code =} of a line separates name from value.</li>
 *   <li>Lines end with a single LF, the last one too; the text is encoded as UTF-8 for hashing.</li>
 * </ul>
 * {@link #parse} accepts exactly the texts {@link #of} produces and nothing else.
 */
public final class CanonicalContent {

    /** The first line: format marker and version. */
    public static final String HEADER = "CDC1";

    private static final String FIELD_PREFIX = "field.";

    private CanonicalContent() {
    }

    /** The canonical text of {@code facts}. */
    public static String of(CertificateFacts facts) {
        StringBuilder text = new StringBuilder(256).append(HEADER).append('\n');
        line(text, "certificateNumber", facts.certificateNumber());
        line(text, "kindCode", facts.kindCode());
        line(text, "issueDate", facts.issueDate().toString());
        line(text, "stationCode", facts.stationCode());
        TreeMap<String, String> normalized = new TreeMap<>();
        for (Map.Entry<String, String> field : facts.fields().entrySet()) {
            if (normalized.put(nfc(field.getKey()), nfc(field.getValue())) != null) {
                throw new IllegalArgumentException("two field names are equal after NFC normalization: "
                        + escape(nfc(field.getKey())));
            }
        }
        normalized.forEach((name, value) -> line(text, FIELD_PREFIX + name, value));
        return text.toString();
    }

    /**
     * Reads a canonical text back into facts (NFC-normalized).
     *
     * @throws IllegalArgumentException when {@code text} is not exactly a canonical text; the
     *         message names the problem, never a field value
     */
    public static CertificateFacts parse(String text) {
        if (text == null || !text.startsWith(HEADER + "\n") || !text.endsWith("\n")) {
            throw new IllegalArgumentException("not a canonical content text (must start with " + HEADER
                    + " and end with a line break)");
        }
        String[] lines = text.substring(HEADER.length() + 1, text.length() - 1).split("\n", -1);
        if (lines.length < 4) {
            throw new IllegalArgumentException("canonical content has " + lines.length
                    + " lines after the header, needs at least 4");
        }
        String number = value(lines[0], "certificateNumber", 2);
        String kind = value(lines[1], "kindCode", 3);
        String date = value(lines[2], "issueDate", 4);
        String station = value(lines[3], "stationCode", 5);
        TreeMap<String, String> fields = new TreeMap<>();
        for (int i = 4; i < lines.length; i++) {
            String[] nameValue = split(lines[i], i + 2);
            if (!nameValue[0].startsWith(FIELD_PREFIX)) {
                throw new IllegalArgumentException("line " + (i + 2) + " is not a field line");
            }
            fields.put(nameValue[0].substring(FIELD_PREFIX.length()), nameValue[1]);
        }
        LocalDate issueDate;
        try {
            issueDate = LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("issueDate is not an ISO date (yyyy-MM-dd)");
        }
        CertificateFacts facts = new CertificateFacts(number, kind, issueDate, station, fields);
        if (!of(facts).equals(text)) {
            throw new IllegalArgumentException("content is not in canonical form (order, normalization or escaping)");
        }
        return facts;
    }

    /** The SM3 digest (32 bytes) of the UTF-8 encoding of {@code text}. */
    public static byte[] sm3(String text) {
        return Sm2.sm3().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #sm3} as 64 lower-case hex digits. */
    public static String sm3Hex(String text) {
        return HexFormat.of().formatHex(sm3(text));
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(escape(nfc(name))).append('=').append(escape(nfc(value))).append('\n');
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                escaped.append("\\\\");
            } else if (c == '=') {
                escaped.append("\\=");
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String value(String line, String expectedName, int lineNumber) {
        String[] nameValue = split(line, lineNumber);
        if (!nameValue[0].equals(expectedName)) {
            throw new IllegalArgumentException("line " + lineNumber + " must be " + expectedName);
        }
        return nameValue[1];
    }

    /** Splits at the first unescaped '=' and unescapes both halves. */
    private static String[] split(String line, int lineNumber) {
        StringBuilder name = new StringBuilder();
        StringBuilder value = new StringBuilder();
        StringBuilder current = name;
        boolean separated = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\') {
                if (i + 1 >= line.length()) {
                    throw new IllegalArgumentException("line " + lineNumber + " ends inside an escape");
                }
                char next = line.charAt(++i);
                if (next == '\\' || next == '=') {
                    current.append(next);
                } else if (next == 'u' && i + 4 < line.length()) {
                    try {
                        current.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("line " + lineNumber + " has a bad \\u escape");
                    }
                    i += 4;
                } else {
                    throw new IllegalArgumentException("line " + lineNumber + " has an unknown escape");
                }
            } else if (c == '=' && !separated) {
                separated = true;
                current = value;
            } else if (c == '=') {
                throw new IllegalArgumentException("line " + lineNumber + " has an unescaped '=' in its value");
            } else {
                current.append(c);
            }
        }
        if (!separated) {
            throw new IllegalArgumentException("line " + lineNumber + " has no '='");
        }
        return new String[] {name.toString(), value.toString()};
    }
}
