package cn.certdesk.printing;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The standard data every document carries besides its content fields. Immutable and
 * thread-safe.
 *
 * @param certificateNumber   the certificate (or notice) number, printed top right
 * @param stationName         the issuing police station, e.g. 长春市公安局朝阳分局红旗派出所
 * @param stationCode         the station's code
 * @param officerName         the handling officer (承办民警)
 * @param officerPoliceNumber the handling officer's police number (警号)
 * @param issueDate           the date printed on the document
 * @param qrPayload           the string drawn as QR code in the template's QR slot, if any;
 *                            signing it belongs to the caller
 * @param canonicalContent    the canonical content string written into the XMP ({@code cd:content});
 *                            the authenticity code digests it
 */
public record DocumentMeta(String certificateNumber, String stationName, String stationCode, String officerName,
        String officerPoliceNumber, LocalDate issueDate, Optional<String> qrPayload, String canonicalContent) {

    public DocumentMeta {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(stationName, "stationName");
        Objects.requireNonNull(stationCode, "stationCode");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(officerPoliceNumber, "officerPoliceNumber");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(qrPayload, "qrPayload");
        Objects.requireNonNull(canonicalContent, "canonicalContent");
    }
}
