package cn.certdesk.domain.authenticity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one issued certificate says, as far as its authenticity is concerned: its number, the
 * catalogue kind code, the issue date, the issuing station's code and the certificate's fields
 * (field name → value as printed). Immutable; the field map is copied and sorted by key.
 *
 * <p>Field values may hold personal data: never log them or put them in exception messages.
 */
public record CertificateFacts(String certificateNumber, String kindCode, LocalDate issueDate, String stationCode,
        SortedMap<String, String> fields) {

    public CertificateFacts {
        Objects.requireNonNull(certificateNumber, "certificateNumber");
        Objects.requireNonNull(kindCode, "kindCode");
        Objects.requireNonNull(issueDate, "issueDate");
        Objects.requireNonNull(stationCode, "stationCode");
        Objects.requireNonNull(fields, "fields");
        TreeMap<String, String> copy = new TreeMap<>();
        fields.forEach((key, value) -> copy.put(Objects.requireNonNull(key, "field name"),
                Objects.requireNonNull(value, "field value")));
        fields = Collections.unmodifiableSortedMap(copy);
    }
}
