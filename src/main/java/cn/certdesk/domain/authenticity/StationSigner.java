package cn.certdesk.domain.authenticity;

import java.security.PrivateKey;
import java.util.Objects;

/**
 * Signs certificates for one station with its SM2 private key: the QR payload carries the
 * number, kind, issue date, station code and the SM3 digest of the {@link CanonicalContent},
 * and the SM2 signature ({@code SM3withSM2}) covers all of them. Thread-safe.
 */
public final class StationSigner {

    private final PrivateKey privateKey;
    private final String stationCode;

    public StationSigner(PrivateKey privateKey, String stationCode) {
        this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
        this.stationCode = Objects.requireNonNull(stationCode, "stationCode");
    }

    public String stationCode() {
        return stationCode;
    }

    /**
     * The signed QR payload of {@code facts}.
     *
     * @throws IllegalArgumentException when the facts name another station, or a field cannot be
     *         carried in a payload (the message names the field, never its value)
     */
    public QrPayload sign(CertificateFacts facts) {
        if (!stationCode.equals(facts.stationCode())) {
            throw new IllegalArgumentException("the certificate names another station than this signer's "
                    + stationCode);
        }
        String number = CanonicalContent.nfc(facts.certificateNumber());
        String problem = QrPayload.problemWith(number, facts.kindCode(), facts.stationCode());
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] digest = CanonicalContent.sm3(CanonicalContent.of(facts));
        byte[] signature = Sm2.sign(privateKey,
                QrPayload.signedBytes(number, facts.kindCode(), facts.issueDate(), stationCode, digest));
        return new QrPayload(number, facts.kindCode(), facts.issueDate(), stationCode, digest, signature);
    }
}
