package cn.certdesk.domain.printing;

import java.util.List;

/** Renders the pages of a PDF to pixels, so the preview shows the document that prints. */
public interface DocumentPreview {

    List<PageImage> pages(byte[] pdf, float dpi);

    /** One page as ARGB pixels, row by row. */
    record PageImage(int width, int height, int[] argb) {
    }
}
