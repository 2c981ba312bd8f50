package cn.certdesk.printing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SignatureImagesTest {

    private static final SignatureStrokes CROSS = SignatureStrokes.EMPTY
            .withStroke(new Stroke(List.of(new StrokePoint(100, 50, 0), new StrokePoint(200, 50, 100))))
            .withStroke(new Stroke(List.of(new StrokePoint(150, 0, 300), new StrokePoint(150, 100, 400))));

    @Test
    void aSignatureBecomesAPngOfTheAskedSizeWithInkWhereTheStrokesRun() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SignatureImages.toPng(CROSS, 300, 150)));
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(150);
        assertThat(alpha(image, 150, 75)).as("centre of the cross").isGreaterThan(200);
        assertThat(alpha(image, 20, 20)).as("corner").isZero();
    }

    @Test
    void theStrokesAreScaledToFillTheImage() {
        BufferedImage image = SignatureImages.render(CROSS, 300, 150);
        // the horizontal bar spans the box's width: 100 pad pixels become ~135 image pixels
        assertThat(alpha(image, 90, 75)).isGreaterThan(100);
        assertThat(alpha(image, 210, 75)).isGreaterThan(100);
    }

    @Test
    void anEmptySignatureIsATransparentImage() {
        BufferedImage image = SignatureImages.render(SignatureStrokes.EMPTY, 40, 20);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                assertThat(alpha(image, x, y)).isZero();
            }
        }
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
