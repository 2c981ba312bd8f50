package cn.certdesk.domain.authenticity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.Objects;

/**
 * Verifies QR payloads offline against the station keys this desk knows. Thread-safe.
 *
 * <p>Order of checks: format ({@link InvalidReason#MALFORMED_PAYLOAD}), a known key for the
 * station ({@link InvalidReason#UNKNOWN_STATION_KEY}), the signature against each of the
 * station's keys ({@link InvalidReason#SIGNATURE_INVALID}).
 */
public final class QrVerifier {

    private final KnownStationKeys keys;

    public QrVerifier(KnownStationKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    public Verification verify(String payloadText) {
        QrPayload payload;
        try {
            payload = QrPayload.parse(payloadText == null ? "" : payloadText.strip());
        } catch (QrFormatException e) {
            return new Verification.Invalid(InvalidReason.MALFORMED_PAYLOAD, e.getMessage());
        }
        var stationKeys = keys.keysOf(payload.stationCode());
        if (stationKeys.isEmpty()) {
            return new Verification.Invalid(InvalidReason.UNKNOWN_STATION_KEY, "station " + payload.stationCode());
        }
        byte[] signed = payload.signedText().getBytes(StandardCharsets.UTF_8);
        for (PublicKey key : stationKeys) {
            if (Sm2.verify(key, signed, payload.signature())) {
                return new Verification.Valid(payload);
            }
        }
        return new Verification.Invalid(InvalidReason.SIGNATURE_INVALID, stationKeys.size() == 1
                ? "checked against the station's key" : "checked against " + stationKeys.size() + " station keys");
    }

    /**
     * Whether {@code canonicalContent} is the content the payload's digest was made of: valid
     * when its SM3 digest equals the payload's, else {@link InvalidReason#CONTENT_DIGEST_MISMATCH}.
     * Does not check the signature; call {@link #verify} first.
     */
    public static Verification checkContent(QrPayload payload, String canonicalContent) {
        byte[] digest = CanonicalContent.sm3(canonicalContent);
        return MessageDigest.isEqual(digest, payload.contentDigest()) ? new Verification.Valid(payload)
                : new Verification.Invalid(InvalidReason.CONTENT_DIGEST_MISMATCH, "");
    }
}
