package cn.certdesk.domain.authenticity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text a certificate's QR code holds:
 * <pre>CD1|number|kind|yyyyMMdd|stationCode|digest|signature</pre>
 * {@code digest} is the SM3 digest of the {@link CanonicalContent} (32 bytes), {@code signature}
 * the DER SM2 signature ({@code SM3withSM2}) of the UTF-8 bytes of everything before the last
 * {@code |} (that is {@link #signedText()}); both base64url without padding. Typically about
 * 190 ASCII characters, which fits a version 9–10 QR code at error-correction level M.
 *
 * <p>Number: 1–64 characters, no {@code |}, no control characters (NFC). Kind: 1–64 of
 * {@code [A-Za-z0-9_.-]}. Station code: 1–32 of {@code [A-Za-z0-9]}.
 */
public record QrPayload(String certificateNumber, String kindCode, LocalDate issueDate, String stationCode,
        byte[] contentDigest, byte[] signature) {

    /** The format marker and version, the payload's first field. */
    public static final String VERSION = "CD1";

    private static final char SEPARATOR = '|';
    private static final int FIELD_COUNT = 7;
    private static final int DIGEST_BYTES = 32;
    private static final int MAX_SIGNATURE_BYTES = 80;
    private static final Pattern KIND = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern STATION = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    public QrPayload {
        Objects.requireNonNull(issueDate, "issueDate");
        String problem = problemWith(certificateNumber, kindCode, stationCode);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (contentDigest == null || contentDigest.length != DIGEST_BYTES) {
            throw new IllegalArgumentException("content digest must be " + DIGEST_BYTES + " bytes");
        }
        if (signature == null || signature.length == 0 || signature.length > MAX_SIGNATURE_BYTES) {
            throw new IllegalArgumentException("signature must be 1–" + MAX_SIGNATURE_BYTES + " bytes");
        }
        contentDigest = contentDigest.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] contentDigest() {
        return contentDigest.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The part the signature covers: every field before it, joined as in {@link #encode()}. */
    public String signedText() {
        return signedText(certificateNumber, kindCode, issueDate, stationCode, contentDigest);
    }

    static String signedText(String number, String kind, LocalDate date, String station, byte[] digest) {
        return VERSION + SEPARATOR + number + SEPARATOR + kind + SEPARATOR + DATE.format(date) + SEPARATOR + station
                + SEPARATOR + BASE64URL.encodeToString(digest);
    }

    static byte[] signedBytes(String number, String kind, LocalDate date, String station, byte[] digest) {
        return signedText(number, kind, date, station, digest).getBytes(StandardCharsets.UTF_8);
    }

    /** The QR text. */
    public String encode() {
        return signedText() + SEPARATOR + BASE64URL.encodeToString(signature);
    }

    /**
     * Reads a QR text.
     *
     * @throws QrFormatException naming what is wrong (never echoing the text itself)
     */
    public static QrPayload parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new QrFormatException("empty payload");
        }
        String[] parts = text.split(Pattern.quote(String.valueOf(SEPARATOR)), -1);
        if (parts.length != FIELD_COUNT) {
            throw new QrFormatException("expected " + FIELD_COUNT + " fields separated by '|', found " + parts.length);
        }
        if (!VERSION.equals(parts[0])) {
            throw new QrFormatException("unknown format marker (expected " + VERSION + ")");
        }
        String problem = problemWith(parts[1], parts[2], parts[4]);
        if (problem != null) {
            throw new QrFormatException(problem);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(parts[3], DATE);
        } catch (DateTimeParseException e) {
            throw new QrFormatException("issue date is not a valid yyyyMMdd date");
        }
        byte[] digest = base64url(parts[5], "content digest");
        byte[] signature = base64url(parts[6], "signature");
        QrPayload payload;
        try {
            payload = new QrPayload(parts[1], parts[2], date, parts[4], digest, signature);
        } catch (IllegalArgumentException e) {
            throw new QrFormatException(e.getMessage());
        }
        if (!payload.encode().equals(text)) {
            throw new QrFormatException("payload is not in canonical form (base64url padding or extra bits)");
        }
        return payload;
    }

    private static byte[] base64url(String text, String what) {
        if (!text.matches("[A-Za-z0-9_-]+")) {
            throw new QrFormatException(what + " is not base64url without padding");
        }
        try {
            return BASE64URL_DECODER.decode(text);
        } catch (IllegalArgumentException e) {
            throw new QrFormatException(what + " is not base64url without padding");
        }
    }

    /** Null when the three text fields are acceptable, else the problem (no values echoed). */
    static String problemWith(String number, String kind, String station) {
        if (number == null || number.isEmpty() || number.length() > 64) {
            return "certificate number must be 1–64 characters";
        }
        if (number.indexOf(SEPARATOR) >= 0 || number.chars().anyMatch(Character::isISOControl)) {
            return "certificate number contains '|' or a control character";
        }
        if (!CanonicalContent.nfc(number).equals(number)) {
            return "certificate number is not NFC-normalized";
        }
        if (kind == null || !KIND.matcher(kind).matches()) {
            return "kind code must be 1–64 of A–Z a–z 0–9 _ . -";
        }
        if (station == null || !STATION.matcher(station).matches()) {
            return "station code must be 1–32 of A–Z a–z 0–9";
        }
        return null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QrPayload that && encode().equals(that.encode());
    }

    @Override
    public int hashCode() {
        return encode().hashCode();
    }

    @Override
    public String toString() {
        return "QrPayload[" + VERSION + ", kind " + kindCode + ", station " + stationCode + ", issued " + issueDate
                + ", signature " + signature.length + " bytes]";
    }

}
