package cn.certdesk.domain.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QrVerifierTest {

    private static final KeyPair STATION_KEY = AuthenticityFixtures.keyPair();
    private static final String SIGNED = new StationSigner(STATION_KEY.getPrivate(), AuthenticityFixtures.STATION)
            .sign(AuthenticityFixtures.kinship()).encode();

    private static QrVerifier verifierKnowing(String station, KeyPair... keys) {
        KnownStationKeys.Builder builder = KnownStationKeys.builder();
        for (KeyPair key : keys) {
            builder.add(station, key.getPublic());
        }
        return new QrVerifier(builder.build());
    }

    @Test
    void aSignedPayloadVerifiesAndSaysWhatTheCertificateSays() {
        Verification result = verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY).verify(SIGNED);

        assertThat(result).isInstanceOf(Verification.Valid.class);
        QrPayload payload = ((Verification.Valid) result).payload();
        assertThat(payload.certificateNumber()).isEqualTo("2026-0000123");
        assertThat(payload.kindCode()).isEqualTo("ISSUE_KINSHIP");
        assertThat(payload.issueDate()).hasToString("2026-11-23");
        assertThat(payload.stationCode()).isEqualTo(AuthenticityFixtures.STATION);
        assertThat(payload.contentDigest())
                .isEqualTo(CanonicalContent.sm3(CanonicalContent.of(AuthenticityFixtures.kinship())));
        assertThat(QrVerifier.checkContent(payload, CanonicalContent.of(AuthenticityFixtures.kinship())).valid())
                .isTrue();
    }

    @Test
    void thePayloadHasTheDocumentedShapeAndFitsAQrCodeEasily() {
        assertThat(SIGNED).matches("CD1\\|2026-0000123\\|ISSUE_KINSHIP\\|20261123\\|220102001001\\|"
                + "[A-Za-z0-9_-]{43}\\|[A-Za-z0-9_-]{94,96}");
        assertThat(SIGNED.length()).isBetween(180, 220);
    }

    /** Every single-character change at every position of the signed fields (digest included). */
    static Stream<String> oneCharacterChanges() {
        List<String> changed = new ArrayList<>();
        int signatureStart = SIGNED.lastIndexOf('|');
        for (int i = 0; i < signatureStart; i++) {
            char original = SIGNED.charAt(i);
            if (original == '|') {
                continue;
            }
            char replacement = Character.isDigit(original) ? (char) ('0' + (original - '0' + 1) % 10)
                    : original == 'A' ? 'B' : 'A';
            changed.add(SIGNED.substring(0, i) + replacement + SIGNED.substring(i + 1));
        }
        return changed.stream();
    }

    @ParameterizedTest
    @MethodSource("oneCharacterChanges")
    void oneChangedCharacterInAnyFieldFailsVerification(String tampered) {
        Verification result = verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY).verify(tampered);

        assertThat(result.valid()).isFalse();
        assertThat(((Verification.Invalid) result).reason()).isIn(InvalidReason.SIGNATURE_INVALID,
                InvalidReason.MALFORMED_PAYLOAD, InvalidReason.UNKNOWN_STATION_KEY);
    }

    @Test
    void aChangedCertificateNumberFailsWithAnInvalidSignature() {
        String tampered = SIGNED.replace("2026-0000123", "2026-0000124");
        Verification result = verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY).verify(tampered);

        assertThat(result).isEqualTo(new Verification.Invalid(InvalidReason.SIGNATURE_INVALID,
                "checked against the station's key"));
        assertThat(((Verification.Invalid) result).message()).startsWith("签名无效");
    }

    @Test
    void aChangedSignatureFails() {
        int last = SIGNED.length() - 5;
        String tampered = SIGNED.substring(0, last) + (SIGNED.charAt(last) == 'A' ? 'B' : 'A')
                + SIGNED.substring(last + 1);
        assertThat(verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY).verify(tampered).valid()).isFalse();
    }

    @Test
    void aPayloadSignedByAnUnknownStationFailsNamingThatStation() {
        Verification result = verifierKnowing(AuthenticityFixtures.OTHER_STATION, STATION_KEY).verify(SIGNED);

        assertThat(result).isInstanceOfSatisfying(Verification.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(InvalidReason.UNKNOWN_STATION_KEY);
            assertThat(invalid.message()).contains("未知的派出所密钥", AuthenticityFixtures.STATION);
        });
    }

    @Test
    void aPayloadSignedWithAnotherKeyOfAKnownStationFailsTheSignature() {
        Verification result = verifierKnowing(AuthenticityFixtures.STATION, AuthenticityFixtures.keyPair())
                .verify(SIGNED);
        assertThat(((Verification.Invalid) result).reason()).isEqualTo(InvalidReason.SIGNATURE_INVALID);
    }

    @Test
    void afterAKeyRotationCertificatesSignedWithEitherKeyVerify() {
        KeyPair rotated = AuthenticityFixtures.keyPair();
        String signedWithNewKey = new StationSigner(rotated.getPrivate(), AuthenticityFixtures.STATION)
                .sign(AuthenticityFixtures.kinship()).encode();
        QrVerifier verifier = verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY, rotated);

        assertThat(verifier.verify(SIGNED).valid()).isTrue();
        assertThat(verifier.verify(signedWithNewKey).valid()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("malformedPayloads")
    void aMalformedPayloadFailsWithAFormatReason(String text, String detail) {
        Verification result = verifierKnowing(AuthenticityFixtures.STATION, STATION_KEY).verify(text);

        assertThat(result).isInstanceOfSatisfying(Verification.Invalid.class, invalid -> {
            assertThat(invalid.reason()).isEqualTo(InvalidReason.MALFORMED_PAYLOAD);
            assertThat(invalid.message()).startsWith("二维码格式错误").contains(detail);
        });
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> malformedPayloads() {
        String[] parts = SIGNED.split("\\|");
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("", "empty"),
                org.junit.jupiter.params.provider.Arguments.of("https://example.org/", "expected 7 fields"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED.replaceFirst("CD1", "CD2"), "format marker"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED.replace("|20261123|", "|20261131|"),
                        "issue date"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED + "|extra", "expected 7 fields"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED.replace(parts[5], parts[5] + "="),
                        "content digest"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED.replace(parts[5], parts[5].substring(4)),
                        "32 bytes"),
                org.junit.jupiter.params.provider.Arguments.of(SIGNED.replace("|ISSUE_KINSHIP|", "|ISSUE KINSHIP|"),
                        "kind code"));
    }
}
