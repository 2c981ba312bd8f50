package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.authenticity.InvalidReason;
import cn.certdesk.domain.authenticity.QrVerifier;
import cn.certdesk.domain.authenticity.Verification;
import cn.certdesk.printing.verify.PdfCertificateVerifier;
import cn.certdesk.printing.verify.PdfVerification;
import cn.certdesk.store.keys.StationKeyStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every template with its sample, rendered with the station's signed QR code: the QR decodes from
 * a 150 dpi render and verifies, the whole PDF verifies, and one changed character in the QR
 * fails (printing issue, point 4).
 */
class SignedCertificateTest {

    @TempDir
    static Path dataDir;

    private static StationKeyStore keys;

    @BeforeAll
    static void createStationKey() {
        keys = new StationKeyStore(dataDir);
        keys.ensureKeyPair(PrintingFixture.sample("ISSUE_KINSHIP").meta().stationCode());
    }

    static Stream<String> templates() {
        return PrintingFixture.engine().templateNames().stream();
    }

    private static RenderedDocument signed(String template) {
        DocumentData sample = PrintingFixture.sample(template);
        return new SignedCertificateRenderer(PrintingFixture.engine(), keys.signer(sample.meta().stationCode()))
                .render(template, sample);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theSignedQrDecodesFromA150DpiRenderAndTheWholePdfVerifies(String template) throws Exception {
        Path pdf = dataDir.resolve(template + ".pdf");
        Files.write(pdf, signed(template).pdf());

        PdfVerification result = new PdfCertificateVerifier(new QrVerifier(keys.loadKnownKeys())).verify(pdf);

        assertThat(result.checks()).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": "
                + check.detail()).isTrue());
        assertThat(result.payload()).isPresent();
        assertThat(result.payload().get().certificateNumber())
                .isEqualTo(PrintingFixture.sample(template).meta().certificateNumber());
    }

    @org.junit.jupiter.api.Test
    void aRefusalNoticeThatRunsOnToASecondPageStillVerifies() throws Exception {
        DocumentData sample = PrintingFixture.sample("refusal-notice");
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(sample.fields());
        fields.put("refusalReason", "该事项属于部门间信息核查范围，派出所不再出具证明，请向相关部门咨询办理；".repeat(55));
        RenderedDocument document = new SignedCertificateRenderer(PrintingFixture.engine(),
                keys.signer(sample.meta().stationCode())).render("refusal-notice", new DocumentData(fields, sample.meta()));
        assertThat(document.pageCount()).isGreaterThanOrEqualTo(2);
        Path pdf = dataDir.resolve("long-notice.pdf");
        Files.write(pdf, document.pdf());

        PdfVerification result = new PdfCertificateVerifier(new QrVerifier(keys.loadKnownKeys())).verify(pdf);

        assertThat(result.checks()).allSatisfy(check -> assertThat(check.passed()).as(check.name() + ": "
                + check.detail()).isTrue());
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theSignedDocumentIsStillPdfA2b(String template) throws Exception {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(
                new java.io.ByteArrayInputStream(signed(template).pdf()), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B)) {
            org.verapdf.pdfa.results.ValidationResult result = org.verapdf.pdfa.Foundries.defaultInstance()
                    .createValidator(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, false).validate(parser);
            assertThat(result.isCompliant()).as(template).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void theSameQrWithOneCharacterChangedFails(String template) throws Exception {
        Path pdf = dataDir.resolve(template + "-tamper.pdf");
        Files.write(pdf, signed(template).pdf());
        String qr = PdfCertificateVerifier.decodeQrFromPdf(pdf).orElseThrow();
        QrVerifier verifier = new QrVerifier(keys.loadKnownKeys());
        assertThat(verifier.verify(qr)).isInstanceOf(Verification.Valid.class);

        int position = qr.indexOf('|') + 3; // inside the certificate number
        char changed = qr.charAt(position) == '9' ? '8' : (char) (qr.charAt(position) + 1);
        String tampered = qr.substring(0, position) + changed + qr.substring(position + 1);

        assertThat(verifier.verify(tampered)).isInstanceOfSatisfying(Verification.Invalid.class,
                invalid -> assertThat(invalid.reason()).isIn(InvalidReason.SIGNATURE_INVALID,
                        InvalidReason.MALFORMED_PAYLOAD, InvalidReason.UNKNOWN_STATION_KEY));
    }
}
