package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.catalogue.CertificateKind;
import cn.certdesk.printing.FieldInfo.FieldKind;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Every template rendered with its sample: PDF/A-2b, extractable text, embedded fonts, QR. */
class TemplateSamplesTest {

    @TempDir
    static Path out;

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<String> templateNames() {
        return PrintingFixture.engine().templateNames().stream();
    }

    private static Path render(String name) throws Exception {
        Path file = out.resolve(name + ".pdf");
        if (!Files.exists(file)) {
            Files.write(file, PrintingFixture.engine().render(name, PrintingFixture.sample(name)).pdf());
        }
        return file;
    }

    @Test
    void everyIssueKindOfTheCatalogueAndEverySupportingDocumentHasATemplate() {
        List<String> expected = new ArrayList<>(TemplateEngine.SUPPORTING_TEMPLATES);
        PrintingFixture.catalogue().all().stream().filter(CertificateKind::issuable).map(CertificateKind::code)
                .forEach(expected::add);
        assertThat(expected).hasSize(15);
        assertThat(PrintingFixture.engine().templateNames()).containsExactlyInAnyOrderElementsOf(expected);
        for (CertificateKind kind : PrintingFixture.catalogue().all()) {
            if (kind.issuable()) {
                TemplateInfo info = PrintingFixture.engine().info(kind.code());
                assertThat(info.kindCode()).isEqualTo(kind.code());
                assertThat(info.sealType()).isEqualTo(kind.sealType().label());
                assertThat(info.fields()).extracting(FieldInfo::id)
                        .containsExactlyElementsOf(kind.requiredFields().stream().map(f -> f.id()).toList());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void sampleIsValidPdfA2b(String name) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(
                new ByteArrayInputStream(Files.readAllBytes(render(name))), PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            assertThat(result.isCompliant())
                    .as(() -> name + " failures: " + result.getTestAssertions().stream()
                            .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                            .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                            .distinct().toList())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void pdftotextGivesBackEveryFieldValueExactly(String name) throws Exception {
        String text = squeeze(Poppler.run("pdftotext", render(name), "-enc", "UTF-8"));
        for (String expected : printedValues(name)) {
            assertThat(text).as(name).contains(squeeze(expected));
        }
    }

    @Test
    void theOutOfBmpNameComesBackFromPdftotext() throws Exception {
        assertThat(PrintingFixture.sample("ISSUE_KINSHIP").fields().get("applicantName")).isEqualTo("王\uD840\uDC0B明");
        for (String name : List.of("ISSUE_KINSHIP", "stub", "ncr-application-form", "verification-letter")) {
            assertThat(Poppler.run("pdftotext", render(name), "-enc", "UTF-8")).as(name).contains("王𠀋明");
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void pdffontsListsOnlyEmbeddedFonts(String name) throws Exception {
        List<String> rows = Poppler.run("pdffonts", render(name)).lines().skip(2).toList();
        assertThat(rows).as(name).isNotEmpty();
        for (String row : rows) {
            // columns: name type encoding emb sub uni object ID — emb is the 4th field from the right end group
            String[] columns = row.trim().split("\\s+");
            assertThat(columns[columns.length - 5]).as(name + ": " + row).isEqualTo("yes");
            assertThat(columns[columns.length - 4]).as(name + " subset: " + row).isEqualTo("yes");
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void qrCodeDecodesFromA150DpiRenderWithTheExactPayload(String name) throws Exception {
        DocumentData sample = PrintingFixture.sample(name);
        boolean hasQrSlot = PrintingFixture.engine().template(name).elements().stream()
                .anyMatch(Template.QrElement.class::isInstance);
        if (!hasQrSlot || sample.meta().qrPayload().isEmpty()) {
            assertThat(name).doesNotStartWith("ISSUE_");
            return;
        }
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(render(name)))) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result result = new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.CHARACTER_SET, "UTF-8"));
            assertThat(result.getText()).isEqualTo(sample.meta().qrPayload().get());
        }
    }

    @ParameterizedTest
    @MethodSource("templateNames")
    void renderReportsTheTemplateVersionAndWritesItIntoTheXmp(String name) throws Exception {
        RenderedDocument document = PrintingFixture.engine().render(name, PrintingFixture.sample(name));
        assertThat(document.templateName()).isEqualTo(name);
        assertThat(document.templateVersion()).isEqualTo(PrintingFixture.engine().info(name).version());
        try (PDDocument pdf = Loader.loadPDF(document.pdf())) {
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("xmlns:cd=\"http://certdesk.cn/ns/certificate/1.0/\"")
                    .contains("<cd:templateName>" + name + "</cd:templateName>")
                    .contains("<cd:templateVersion>" + document.templateVersion() + "</cd:templateVersion>")
                    .contains("<cd:certificateNumber>" + PrintingFixture.sample(name).meta().certificateNumber())
                    .contains("<cd:content>" + PdfaMetadata.escape(PrintingFixture.sample(name).meta().canonicalContent(), "c"))
                    .contains("<pdfaSchema:prefix>cd</pdfaSchema:prefix>");
        }
    }

    /** The field values as they must appear in the text (dates formatted, defaults for empty optional fields skipped). */
    private static List<String> printedValues(String name) {
        Template template = PrintingFixture.engine().template(name);
        DocumentData sample = PrintingFixture.sample(name);
        List<String> values = new ArrayList<>();
        for (FieldInfo field : template.fields().values()) {
            String value = sample.fields().get(field.id());
            if (value == null || value.isBlank() || field.type() == FieldKind.IMAGE) {
                continue;
            }
            values.add(switch (field.type()) {
                case DATE -> ChineseDates.date(LocalDate.parse(value), template.dateStyle());
                case DATE_TIME -> ChineseDates.dateTime(LocalDateTime.parse(value), template.dateStyle());
                default -> value;
            });
        }
        values.add(sample.meta().certificateNumber());
        values.add(sample.meta().stationName());
        values.add(ChineseDates.date(sample.meta().issueDate(), template.dateStyle()));
        return values;
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }
}
