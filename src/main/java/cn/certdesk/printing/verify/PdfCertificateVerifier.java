package cn.certdesk.printing.verify;

import cn.certdesk.domain.authenticity.CanonicalContent;
import cn.certdesk.domain.authenticity.CertificateFacts;
import cn.certdesk.domain.authenticity.QrPayload;
import cn.certdesk.domain.authenticity.QrVerifier;
import cn.certdesk.domain.authenticity.Verification;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Checks a certificate PDF offline:
 * <ol>
 *   <li>the QR code on page 1 (rendered at 150 dpi, decoded with ZXing) is found,</li>
 *   <li>its payload is signed by a station key this desk knows ({@link QrVerifier}),</li>
 *   <li>the XMP metadata holds the canonical content ({@code cd:content} in namespace
 *       {@value #NAMESPACE}),</li>
 *   <li>the SM3 digest of that content is the one the payload signs,</li>
 *   <li>the content, the metadata's {@code cd:certificateNumber} and the payload name the same
 *       certificate (number, kind, date, station),</li>
 *   <li>every field value of the content appears in page 1's text (ignoring white space), so a
 *       character changed on the page fails, not only one changed in the metadata.</li>
 * </ol>
 * Thread-safe. Field values are never written to check details (they may be personal data).
 */
public final class PdfCertificateVerifier {

    /** The XMP namespace of the certificate schema the template engine writes (prefix {@code cd}). */
    public static final String NAMESPACE = "http://certdesk.cn/ns/certificate/1.0/";

    static final float RENDER_DPI = 150f;

    static final String CHECK_QR = "二维码 QR code";
    static final String CHECK_SIGNATURE = "签名 signature";
    static final String CHECK_CONTENT = "内容元数据 content metadata";
    static final String CHECK_DIGEST = "内容摘要 content digest";
    static final String CHECK_SAME_CERTIFICATE = "证明信息一致 same certificate";
    static final String CHECK_PAGE_TEXT = "页面文字 page text";

    private static final String NOT_CHECKED = "未检查 not checked: ";

    private final QrVerifier verifier;

    public PdfCertificateVerifier(QrVerifier verifier) {
        this.verifier = Objects.requireNonNull(verifier, "verifier");
    }

    /**
     * Verifies {@code pdf}.
     *
     * @throws IOException when the file cannot be read or is not a PDF
     */
    public PdfVerification verify(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return verify(document);
        }
    }

    /** The QR text on page 1 rendered at 150 dpi, as a phone or scanner would read the paper. */
    public static Optional<String> decodeQrFromPdf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return decodeQr(new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI, ImageType.RGB));
        }
    }

    PdfVerification verify(PDDocument document) throws IOException {
        List<PdfVerification.Check> checks = new ArrayList<>();
        if (document.getNumberOfPages() == 0) {
            checks.add(new PdfVerification.Check(CHECK_QR, false, "PDF 没有页面 the PDF has no pages"));
            return new PdfVerification(checks, Optional.empty(), Optional.empty());
        }

        // 1, 2: the QR code and its signature.
        Optional<String> qrText = decodeQr(new PDFRenderer(document).renderImageWithDPI(0, RENDER_DPI, ImageType.RGB));
        Optional<QrPayload> payload = Optional.empty();
        if (qrText.isEmpty()) {
            checks.add(new PdfVerification.Check(CHECK_QR, false, "第 1 页未找到二维码 no QR code found on page 1"));
            checks.add(new PdfVerification.Check(CHECK_SIGNATURE, false, NOT_CHECKED + "no QR code"));
        } else {
            checks.add(new PdfVerification.Check(CHECK_QR, true, qrText.get().length() + " characters"));
            Verification result = verifier.verify(qrText.get());
            if (result instanceof Verification.Valid valid) {
                payload = Optional.of(valid.payload());
                checks.add(new PdfVerification.Check(CHECK_SIGNATURE, true,
                        "派出所 station " + valid.payload().stationCode() + " SM3withSM2"));
            } else {
                checks.add(new PdfVerification.Check(CHECK_SIGNATURE, false, ((Verification.Invalid) result).message()));
            }
        }

        // 3: the canonical content in the metadata.
        Map<String, String> xmp = readCertificateXmp(document.getDocumentCatalog().getMetadata());
        String content = xmp.get("content");
        Optional<CertificateFacts> facts = Optional.empty();
        if (content == null) {
            checks.add(new PdfVerification.Check(CHECK_CONTENT, false,
                    "XMP 中没有 cd:content  no cd:content in the XMP metadata"));
        } else {
            try {
                facts = Optional.of(CanonicalContent.parse(content));
                checks.add(new PdfVerification.Check(CHECK_CONTENT, true, "cd:content, "
                        + facts.get().fields().size() + " fields" + templateOf(xmp)));
            } catch (IllegalArgumentException e) {
                checks.add(new PdfVerification.Check(CHECK_CONTENT, false,
                        "内容格式错误 content is not canonical: " + e.getMessage()));
            }
        }

        // 4: digest.
        if (payload.isEmpty() || content == null) {
            checks.add(new PdfVerification.Check(CHECK_DIGEST, false,
                    NOT_CHECKED + (payload.isEmpty() ? "no verified QR payload" : "no content")));
        } else {
            Verification digest = QrVerifier.checkContent(payload.get(), content);
            checks.add(new PdfVerification.Check(CHECK_DIGEST, digest.valid(), digest.valid()
                    ? "SM3 " + CanonicalContent.sm3Hex(content).substring(0, 16) + "…"
                    : ((Verification.Invalid) digest).message()));
        }

        // 5: the same certificate everywhere.
        if (payload.isEmpty() || facts.isEmpty()) {
            checks.add(new PdfVerification.Check(CHECK_SAME_CERTIFICATE, false,
                    NOT_CHECKED + (payload.isEmpty() ? "no verified QR payload" : "no readable content")));
        } else {
            checks.add(sameCertificate(payload.get(), facts.get(), xmp.get("certificateNumber")));
        }

        // 6: page text.
        if (facts.isEmpty()) {
            checks.add(new PdfVerification.Check(CHECK_PAGE_TEXT, false, NOT_CHECKED + "no readable content"));
        } else {
            checks.add(pageText(document, facts.get()));
        }
        return new PdfVerification(checks, payload, facts);
    }

    private static String templateOf(Map<String, String> xmp) {
        String name = xmp.get("templateName");
        String version = xmp.get("templateVersion");
        return name == null ? "" : "; template " + name + (version == null ? "" : " " + version);
    }

    private static PdfVerification.Check sameCertificate(QrPayload payload, CertificateFacts facts,
            String xmpNumber) {
        List<String> differing = new ArrayList<>();
        if (!payload.certificateNumber().equals(facts.certificateNumber())) {
            differing.add("certificate number");
        }
        if (!payload.kindCode().equals(facts.kindCode())) {
            differing.add("kind");
        }
        if (!payload.issueDate().equals(facts.issueDate())) {
            differing.add("issue date");
        }
        if (!payload.stationCode().equals(facts.stationCode())) {
            differing.add("station");
        }
        if (xmpNumber != null && !payload.certificateNumber().equals(xmpNumber.strip())) {
            differing.add("cd:certificateNumber");
        }
        return differing.isEmpty()
                ? new PdfVerification.Check(CHECK_SAME_CERTIFICATE, true, "二维码与元数据一致 QR and metadata agree")
                : new PdfVerification.Check(CHECK_SAME_CERTIFICATE, false,
                        "二维码与元数据不一致 QR and metadata differ in: " + String.join(", ", differing));
    }

    private static PdfVerification.Check pageText(PDDocument document, CertificateFacts facts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : withoutPageFurniture(new PDFTextStripper().getText(document)).split("\\R")) {
            String kept = comparable(line);
            if (!kept.isEmpty()) {
                lines.add(kept);
            }
        }
        String pages = String.join("", lines);
        List<String> missing = new ArrayList<>();
        facts.fields().forEach((name, value) -> {
            if (displayForms(value).stream().map(PdfCertificateVerifier::comparable)
                    .noneMatch(wanted -> wanted.isEmpty() || pages.contains(wanted) || runsAcrossLines(lines, wanted))) {
                missing.add(name);
            }
        });
        return missing.isEmpty()
                ? new PdfVerification.Check(CHECK_PAGE_TEXT, true,
                        "页面文字含全部 " + facts.fields().size() + " 项内容 every field value is on the page")
                : new PdfVerification.Check(CHECK_PAGE_TEXT, false,
                        "页面文字与签名内容不符 page text differs from the signed content; field(s): "
                                + String.join(", ", missing));
    }

    /**
     * True when {@code value} is printed as consecutive lines that other whole lines may interrupt —
     * a long text that continues on the next page after page 1's signature block, page number and
     * the continuation heading. It starts at the end of one line, every line after that is either
     * the value's next part or wholly something else (at most {@value #MAX_INTERRUPTING_LINES} in a
     * row), and it ends at the start of a line. One changed character breaks the chain.
     */
    static boolean runsAcrossLines(List<String> lines, String value) {
        for (int first = 0; first < lines.size(); first++) {
            String line = lines.get(first);
            for (int taken = Math.min(line.length(), value.length()); taken >= 1; taken--) {
                if (line.endsWith(value.substring(0, taken)) && restFollows(lines, first + 1, value.substring(taken))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final int MAX_INTERRUPTING_LINES = 16;

    private static boolean restFollows(List<String> lines, int from, String rest) {
        int interrupting = 0;
        for (int index = from; index < lines.size() && !rest.isEmpty(); index++) {
            String line = lines.get(index);
            if (rest.startsWith(line)) {
                rest = rest.substring(line.length());
                interrupting = 0;
            } else if (line.startsWith(rest)) {
                return true;
            } else if (++interrupting > MAX_INTERRUPTING_LINES) {
                return false;
            }
        }
        return rest.isEmpty();
    }

    /**
     * The ways a value can be printed: as it is, and for an ISO date or date-time the Chinese forms
     * the templates use (二〇二六年十一月二十二日, 2026年11月22日).
     */
    static List<String> displayForms(String value) {
        List<String> forms = new ArrayList<>();
        forms.add(value);
        try {
            java.time.LocalDate date = java.time.LocalDate.parse(value.strip());
            forms.add(cn.certdesk.printing.ChineseDates.numerals(date));
            forms.add(cn.certdesk.printing.ChineseDates.arabic(date));
        } catch (java.time.format.DateTimeParseException notADate) {
            try {
                java.time.LocalDateTime dateTime = java.time.LocalDateTime.parse(value.strip());
                for (cn.certdesk.printing.ChineseDates.DateStyle style : cn.certdesk.printing.ChineseDates.DateStyle.values()) {
                    forms.add(cn.certdesk.printing.ChineseDates.dateTime(dateTime, style));
                }
            } catch (java.time.format.DateTimeParseException notADateTime) {
                // printed as it is
            }
        }
        return forms;
    }

    /**
     * Removes what the engine prints on every page of a long document — "第1页 共2页", the
     * continuation heading "…（续页）" and the "（接上页）…：" line — so that a value that runs on to
     * the next page reads as one text again.
     */
    static String withoutPageFurniture(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.matches("第\\d+页\\s*共\\d+页") || trimmed.endsWith("（续页）") || trimmed.startsWith("（接上页）")
                    || trimmed.equals("扫码核验真伪")) {
                continue;
            }
            kept.append(line).append('\n');
        }
        return kept.toString();
    }

    /** NFC without any white space, so line breaks and spacing on the page do not matter. */
    static String comparable(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder(normalized.length());
        normalized.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
                .forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** The QR text on the image, if a QR code can be found and decoded. */
    static Optional<String> decodeQr(BufferedImage image) {
        Optional<String> direct = decodeOnce(image);
        if (direct.isPresent()) {
            return direct;
        }
        // Text, tables and the dashed seal box elsewhere on the page can look like parts of a QR
        // code to the detector; a phone is pointed at the code itself. Look through windows the size
        // of a code (at 150 dpi a 35 mm code is about 210 pixels), bottom of the page first.
        int width = image.getWidth();
        int height = image.getHeight();
        for (int size : new int[] {320, 440}) {
            for (int top = Math.max(0, height - size); top >= 0; top -= size / 3) {
                for (int left = 0; left + size <= width; left += size / 3) {
                    Optional<String> found = decodeOnce(image.getSubimage(left, top, size, Math.min(size, height - top)));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        // A module that falls between pixels can defeat the finder-pattern search; the same
        // pixels doubled (nearest neighbour, nothing invented) give it a second chance.
        BufferedImage doubled = new BufferedImage(image.getWidth() * 2, image.getHeight() * 2, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = doubled.createGraphics();
        graphics.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        graphics.drawImage(image, 0, 0, doubled.getWidth(), doubled.getHeight(), null);
        graphics.dispose();
        return decodeOnce(doubled);
    }

    private static Optional<String> decodeOnce(BufferedImage image) {
        LuminanceSource source = new ImageLuminanceSource(image);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
            } catch (ReaderException e) {
                // try the next binarizer
            }
        }
        return Optional.empty();
    }

    /**
     * The simple properties of the certificate schema ({@value #NAMESPACE}) in the XMP packet,
     * written either as elements or as attributes of {@code rdf:Description}.
     */
    static Map<String, String> readCertificateXmp(PDMetadata metadata) throws IOException {
        Map<String, String> properties = new java.util.TreeMap<>();
        if (metadata == null) {
            return properties;
        }
        Document xml;
        try (InputStream in = metadata.createInputStream()) {
            xml = secureBuilder().parse(in);
        } catch (SAXException | ParserConfigurationException e) {
            return properties;
        }
        NodeList elements = xml.getElementsByTagNameNS(NAMESPACE, "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            properties.putIfAbsent(element.getLocalName(), element.getTextContent());
        }
        NodeList descriptions = xml.getElementsByTagNameNS("http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                "Description");
        for (int i = 0; i < descriptions.getLength(); i++) {
            var attributes = descriptions.item(i).getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                var attribute = attributes.item(j);
                if (NAMESPACE.equals(attribute.getNamespaceURI())) {
                    properties.putIfAbsent(attribute.getLocalName(), attribute.getNodeValue());
                }
            }
        }
        return properties;
    }

    private static DocumentBuilder secureBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Report nothing on stderr: a malformed packet simply yields no properties.
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
        return builder;
    }
}
