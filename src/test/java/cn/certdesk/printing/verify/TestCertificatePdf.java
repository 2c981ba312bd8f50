package cn.certdesk.printing.verify;

import cn.certdesk.domain.authenticity.CertificateFacts;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javax.xml.transform.TransformerException;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Builds certificate PDFs the way the template engine will (CJK text, a QR image, the {@code cd}
 * XMP schema), so the verifier can be tested before that engine exists. Test sources only.
 */
public final class TestCertificatePdf {

    static final String FONT = "/cn/certdesk/ui/fonts/wqy-microhei.ttc";

    private TestCertificatePdf() {
    }

    /**
     * Writes a one-page certificate: the number and date, one "name：value" line per field of
     * {@code printed}, the QR code holding {@code qrText}, and {@code xmpContent} as cd:content.
     */
    public static Path write(Path file, CertificateFacts printed, String qrText, String xmpContent) throws IOException {
        try (InputStream fontIn = TestCertificatePdf.class.getResourceAsStream(FONT);
                TrueTypeCollection collection = new TrueTypeCollection(fontIn);
                PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDImageXObject qr = LosslessFactory.createFromImage(document, qrImage(qrText));
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 20);
                content.newLineAtOffset(72, 760);
                content.showText("证明");
                content.setFont(font, 12);
                content.setLeading(22);
                content.newLine();
                content.showText("编号：" + printed.certificateNumber());
                for (Map.Entry<String, String> field : printed.fields().entrySet()) {
                    content.newLine();
                    content.showText(field.getKey() + "：" + field.getValue());
                }
                content.newLine();
                content.showText("出具日期：" + printed.issueDate());
                content.endText();
                content.drawImage(qr, 400, 80, 130, 130);
            }
            document.getDocumentCatalog().setMetadata(xmp(document, printed.certificateNumber(), xmpContent));
            document.save(file.toFile());
        }
        return file;
    }

    static BufferedImage qrImage(String text) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 2);
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static PDMetadata xmp(PDDocument document, String number, String content) throws IOException {
        XMPMetadata metadata = XMPMetadata.createXMPMetadata();
        XMPSchema schema = new XMPSchema(metadata, PdfCertificateVerifier.NAMESPACE, "cd");
        schema.setTextPropertyValue("content", content);
        schema.setTextPropertyValue("certificateNumber", number);
        schema.setTextPropertyValue("templateName", "ISSUE_KINSHIP");
        schema.setTextPropertyValue("templateVersion", "1");
        metadata.addSchema(schema);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(metadata, bytes, true);
        } catch (TransformerException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        PDMetadata pdMetadata = new PDMetadata(document);
        pdMetadata.importXMPMetadata(bytes.toByteArray());
        return pdMetadata;
    }
}
