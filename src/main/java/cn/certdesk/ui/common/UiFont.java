package cn.certdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import javafx.scene.text.Font;

/**
 * The CJK font shipped with the application (WenQuanYi Micro Hei), loaded once at start so no
 * desk shows boxes whatever the operating system's fonts; the style sheet names its family.
 */
public final class UiFont {

    public static final String RESOURCE = "/cn/certdesk/ui/fonts/wqy-microhei.ttc";
    public static final String FAMILY = "WenQuanYi Micro Hei";

    private UiFont() {
    }

    /** Loads the font collection; returns the families now available from it. */
    public static Font[] load() {
        try (InputStream in = UiFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the UI font is missing from the application: " + RESOURCE);
            }
            Font[] fonts = Font.loadFonts(in, 14);
            if (fonts == null || fonts.length == 0) {
                throw new IllegalStateException("the UI font could not be loaded: " + RESOURCE);
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String styleSheet() {
        return UiFont.class.getResource("/cn/certdesk/ui/common/certdesk.css").toExternalForm();
    }
}
