package cn.certdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rare name characters outside the Basic Multilingual Plane are drawn on screen, not as boxes: the
 * test run starts JavaFX with the same fallback list the app sets ({@link UiFont#useRareCharacterFallback},
 * ADR 0017), so the UI font's missing glyphs come from HanaMinB. A box is what a private-use code
 * point draws; a real glyph draws differently, and two different characters draw differently.
 */
@ExtendWith(ApplicationExtension.class)
class RareCharacterFontTest {

    private static final Path FONTS = Path.of("templates/fonts");

    @Start
    void start(Stage stage) {
        UiFont.load();
        stage.setScene(new Scene(new StackPane(), 100, 100));
        stage.show();
    }

    private static int[] draw(FxRobot robot, String text) {
        int[][] pixels = new int[1][];
        robot.interact(() -> {
            Label label = new Label(text);
            StackPane root = new StackPane(label);
            Scene scene = new Scene(root, 80, 80);
            scene.getStylesheets().add(UiFont.styleSheet());
            label.setStyle("-fx-font-size: 40px;");
            WritableImage image = scene.snapshot(null);
            PixelReader reader = image.getPixelReader();
            int[] argb = new int[80 * 80];
            for (int y = 0; y < 80; y++) {
                for (int x = 0; x < 80; x++) {
                    argb[y * 80 + x] = reader.getArgb(x, y);
                }
            }
            pixels[0] = argb;
        });
        return pixels[0];
    }

    @Test
    void extensionBNameCharactersAreDrawnAndNotBoxes(FxRobot robot) {
        int[] box = draw(robot, new String(Character.toChars(0xF0000)));
        int[] rare1 = draw(robot, "\uD840\uDC0B"); // 𠀋 U+2000B
        int[] rare2 = draw(robot, "\uD869\uDEA5"); // 𪚥 U+2A6A5
        assertThat(rare1).as("𠀋 is not the missing-glyph box").isNotEqualTo(box);
        assertThat(rare2).as("𪚥 is not the missing-glyph box").isNotEqualTo(box);
        assertThat(rare1).as("two different characters draw differently").isNotEqualTo(rare2);
    }

    @Test
    void theFallbackListNamesFontsThatAreShipped() throws Exception {
        Properties list = new Properties();
        try (Reader reader = Files.newBufferedReader(FONTS.resolve(UiFont.FALLBACK_LIST), StandardCharsets.UTF_8)) {
            list.load(reader);
        }
        assertThat(list.stringPropertyNames()).contains("sans.regular.2.file", "sans.bold.2.file");
        list.stringPropertyNames().stream().filter(key -> key.endsWith(".file"))
                .forEach(key -> assertThat(FONTS.resolve(list.getProperty(key))).as(key).isRegularFile());
    }
}
