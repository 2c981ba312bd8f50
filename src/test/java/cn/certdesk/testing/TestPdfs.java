package cn.certdesk.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Small PDFs for print-system tests, and text read back from PDFs. */
public final class TestPdfs {

    private TestPdfs() {
    }

    /**
     * An A4 page with one line of (Chinese) text in the shipped UI font and a QR code holding the
     * same text, so that a print system that turns text into outlines can still be read back.
     */
    public static byte[] withText(String text) {
        try (InputStream fontIn = TestPdfs.class.getResourceAsStream("/cn/certdesk/ui/fonts/wqy-microhei.ttc");
                TrueTypeCollection collection = new TrueTypeCollection(fontIn);
                PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = PDType0Font.load(document, collection.getFontByName("WenQuanYiMicroHei"), true);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 16);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
                content.drawImage(LosslessFactory.createFromImage(document, qr(text)), 72, 480, 160, 160);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage qr(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 320, 320,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            return image;
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Page 1 rendered at 150 dpi and its QR code read, the way {@code certdesk verify} reads it. */
    public static Optional<String> decodeQr(Path pdf) throws IOException {
        return cn.certdesk.printing.verify.PdfCertificateVerifier.decodeQrFromPdf(pdf);
    }

    public static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
