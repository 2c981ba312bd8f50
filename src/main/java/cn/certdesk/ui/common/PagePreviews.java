package cn.certdesk.ui.common;

import cn.certdesk.domain.printing.DocumentPreview;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;

/**
 * Shows rendered document pages (the print panel, the history's archived PDF, the approval's
 * preview and stub) one under the other, each as wide as its box allows and never wider than the
 * page itself, so that the whole page width stays in view at 1366×768 and up.
 */
public final class PagePreviews {

    private PagePreviews() {
    }

    /** Replaces what {@code box} shows by {@code pages}; {@code margin} is left free beside them. */
    public static void show(Pane box, List<DocumentPreview.PageImage> pages, double margin) {
        box.getChildren().clear();
        for (DocumentPreview.PageImage page : pages) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    page.argb(), 0, page.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.fitWidthProperty().bind(Bindings.min(page.width(), box.widthProperty().subtract(margin)));
            view.getStyleClass().add("preview-page");
            box.getChildren().add(view);
        }
    }
}
