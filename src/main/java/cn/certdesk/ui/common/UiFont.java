package cn.certdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** The file in the templates' font folder that lists the fallback fonts (ADR 0017). */
    public static final String FALLBACK_LIST = "logicalfonts.properties";

    /**
     * Makes JavaFX on Linux draw characters the UI font lacks (CJK Extension A, B and later, e.g. the
     * rare name character 𠀋) from the fonts listed in {@code fontDirectory}/{@value #FALLBACK_LIST}
     * (HanaMinA, HanaMinB, shipped for printing) instead of boxes. JavaFX reads these two system
     * properties once, when its font system starts: call this before {@code Application.launch}.
     * Does nothing when the list or the fonts are missing, or when the properties are already set
     * (e.g. by the test run). Elsewhere than Linux JavaFX ignores them and uses the system's own
     * fallback (Windows: DirectWrite, which knows SimSun-ExtB).
     *
     * @return whether the fallback was configured
     */
    public static boolean useRareCharacterFallback(Path fontDirectory) {
        if (System.getProperty("prism.fontdir") != null) {
            return false;
        }
        Path list = fontDirectory.resolve(FALLBACK_LIST);
        if (!Files.isRegularFile(list) || !Files.isRegularFile(fontDirectory.resolve("HanaMinB.ttf"))) {
            return false;
        }
        System.setProperty("prism.embeddedfonts", "true");
        System.setProperty("prism.fontdir", fontDirectory.toAbsolutePath().normalize().toString());
        return true;
    }

    public static String styleSheet() {
        return UiFont.class.getResource("/cn/certdesk/ui/common/certdesk.css").toExternalForm();
    }
}
