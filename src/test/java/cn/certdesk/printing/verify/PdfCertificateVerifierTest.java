package cn.certdesk.printing.verify;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.authenticity.CanonicalContent;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.KnownStationKeys;
import cn.certdesk.domain.authenticity.QrVerifier;
import cn.certdesk.domain.authenticity.Sm2;
import cn.certdesk.domain.authenticity.StationSigner;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfCertificateVerifierTest {

    static final String STATION = "220102001001";
    private static final KeyPair KEY = Sm2.generateKeyPair(new SecureRandom());

    @TempDir
    Path folder;

    static CertificateFacts facts() {
        TreeMap<String, String> fields = new TreeMap<>();
        fields.put("申请人", "测试甲");
        fields.put("关系人", "测试乙");
        fields.put("关系", "母子");
        fields.put("用途", "办理继承公证");
        return new CertificateFacts("2026-0000123", "ISSUE_KINSHIP", LocalDate.of(2026, 11, 23), STATION, fields);
    }

    static CertificateFacts withField(CertificateFacts facts, String name, String value) {
        TreeMap<String, String> fields = new TreeMap<>(facts.fields());
        fields.put(name, value);
        return new CertificateFacts(facts.certificateNumber(), facts.kindCode(), facts.issueDate(),
                facts.stationCode(), fields);
    }

    private final PdfCertificateVerifier verifier = new PdfCertificateVerifier(
            new QrVerifier(KnownStationKeys.builder().add(STATION, KEY.getPublic()).build()));
    private final String qr = new StationSigner(KEY.getPrivate(), STATION).sign(facts()).encode();

    @Test
    void aGoodCertificatePassesEveryCheckAndSaysWhatItCertifies() throws Exception {
        Path pdf = TestCertificatePdf.write(folder.resolve("good.pdf"), facts(), qr, CanonicalContent.of(facts()));

        PdfVerification result = verifier.verify(pdf);

        assertThat(result.checks()).as(result.checks().toString()).allMatch(PdfVerification.Check::passed)
                .hasSize(6);
        assertThat(result.valid()).isTrue();
        assertThat(result.payload().orElseThrow().encode()).isEqualTo(qr);
        assertThat(result.facts()).contains(facts());
    }

    @Test
    void oneCharacterChangedInThePageTextFailsNamingTheField() throws Exception {
        CertificateFacts forged = withField(facts(), "关系人", "测试丙");
        Path pdf = TestCertificatePdf.write(folder.resolve("forged.pdf"), forged, qr, CanonicalContent.of(facts()));

        PdfVerification result = verifier.verify(pdf);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstFailure().orElseThrow().name()).isEqualTo(PdfCertificateVerifier.CHECK_PAGE_TEXT);
        assertThat(result.firstFailure().orElseThrow().detail()).contains("页面文字与签名内容不符", "关系人")
                .doesNotContain("测试丙", "测试乙");
    }

    @Test
    void oneCharacterChangedInTheMetadataContentFailsTheDigest() throws Exception {
        CertificateFacts forged = withField(facts(), "关系人", "测试丙");
        Path pdf = TestCertificatePdf.write(folder.resolve("forged.pdf"), forged, qr, CanonicalContent.of(forged));

        PdfVerification result = verifier.verify(pdf);

        assertThat(result.valid()).isFalse();
        assertThat(result.firstFailure().orElseThrow().name()).isEqualTo(PdfCertificateVerifier.CHECK_DIGEST);
        assertThat(result.firstFailure().orElseThrow().detail()).startsWith("内容摘要不符");
    }

    @Test
    void aCertificateSignedByAnUnknownStationFailsTheSignature() throws Exception {
        KeyPair stranger = Sm2.generateKeyPair(new SecureRandom());
        String strangerQr = new StationSigner(stranger.getPrivate(), STATION).sign(facts()).encode();
        Path pdf = TestCertificatePdf.write(folder.resolve("stranger.pdf"), facts(), strangerQr,
                CanonicalContent.of(facts()));

        PdfVerification result = verifier.verify(pdf);

        assertThat(result.firstFailure().orElseThrow().name()).isEqualTo(PdfCertificateVerifier.CHECK_SIGNATURE);
        assertThat(result.firstFailure().orElseThrow().detail()).startsWith("签名无效");
    }

    @Test
    void aPdfWithoutQrCodeFailsSayingSo() throws Exception {
        Path pdf = TestCertificatePdf.write(folder.resolve("noqr.pdf"), facts(), "just text, not a QR of ours",
                CanonicalContent.of(facts()));

        PdfVerification result = verifier.verify(pdf);

        assertThat(result.valid()).isFalse();
        assertThat(result.checks().get(1).detail()).startsWith("二维码格式错误");
    }

    @Test
    void theXmpPropertiesAreReadBackAsTheTemplateEngineWritesThem() throws Exception {
        Path pdf = TestCertificatePdf.write(folder.resolve("good.pdf"), facts(), qr, CanonicalContent.of(facts()));
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var properties = PdfCertificateVerifier.readCertificateXmp(document.getDocumentCatalog().getMetadata());
            assertThat(properties).containsEntry("content", CanonicalContent.of(facts()))
                    .containsEntry("certificateNumber", "2026-0000123").containsEntry("templateVersion", "1");
        }
    }
}
