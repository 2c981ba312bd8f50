package cn.certdesk.printing;

import cn.certdesk.domain.CertDeskException;
import cn.certdesk.domain.printing.DocumentPreview;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders PDF pages with PDFBox, the same bytes that go to the printer. Thread-safe (no shared state). */
public final class PdfBoxDocumentPreview implements DocumentPreview {

    @Override
    public List<PageImage> pages(byte[] pdf, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageImage> pages = new ArrayList<>();
            for (int index = 0; index < document.getNumberOfPages(); index++) {
                BufferedImage image = renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
                int width = image.getWidth();
                int height = image.getHeight();
                pages.add(new PageImage(width, height, image.getRGB(0, 0, width, height, null, 0, width)));
            }
            return pages;
        } catch (IOException e) {
            throw new CertDeskException("preview.failed", e);
        }
    }
}
