package cn.certdesk.printing;

import cn.certdesk.domain.stub.SignatureStrokes;
import cn.certdesk.domain.stub.Stroke;
import cn.certdesk.domain.stub.StrokePoint;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws a stub signature ({@link SignatureStrokes}) as a PNG for the printed stub: black ink on a
 * transparent background, the strokes scaled (aspect ratio kept) and centred to fill the image
 * less a small margin, smoothed the way the signature pad draws them (quadratic curves through
 * the midpoints). Stateless and thread-safe; works headless.
 */
public final class SignatureImages {

    private static final double MARGIN_FRACTION = 0.05;

    private SignatureImages() {
    }

    /**
     * @param width  pixels, at least 1
     * @param height pixels, at least 1
     * @return PNG bytes; a transparent image for an empty signature
     */
    public static byte[] toPng(SignatureStrokes signature, int width, int height) {
        BufferedImage image = render(signature, width, height);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    /** The picture itself, for callers that place it without PNG encoding. */
    public static BufferedImage render(SignatureStrokes signature, int width, int height) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image size " + width + "x" + height);
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        if (signature.isEmpty()) {
            return image;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (Stroke stroke : signature.strokes()) {
            for (StrokePoint point : stroke.points()) {
                minX = Math.min(minX, point.x());
                minY = Math.min(minY, point.y());
                maxX = Math.max(maxX, point.x());
                maxY = Math.max(maxY, point.y());
            }
        }
        double margin = Math.min(width, height) * MARGIN_FRACTION;
        double boxWidth = Math.max(maxX - minX, 1);
        double boxHeight = Math.max(maxY - minY, 1);
        double scale = Math.min((width - 2 * margin) / boxWidth, (height - 2 * margin) / boxHeight);
        double offsetX = (width - boxWidth * scale) / 2 - minX * scale;
        double offsetY = (height - boxHeight * scale) / 2 - minY * scale;
        float lineWidth = (float) Math.max(1.5, Math.min(width, height) / 60.0);

        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            graphics.setColor(Color.BLACK);
            graphics.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (Stroke stroke : signature.strokes()) {
                List<StrokePoint> points = stroke.points();
                if (points.size() == 1) {
                    double x = points.get(0).x() * scale + offsetX;
                    double y = points.get(0).y() * scale + offsetY;
                    graphics.fill(new Ellipse2D.Double(x - lineWidth / 2, y - lineWidth / 2, lineWidth, lineWidth));
                    continue;
                }
                graphics.draw(smoothPath(points, scale, offsetX, offsetY));
            }
        } finally {
            graphics.dispose();
        }
        return image;
    }

    private static Path2D smoothPath(List<StrokePoint> points, double scale, double offsetX, double offsetY) {
        Path2D.Double path = new Path2D.Double();
        double previousX = points.get(0).x() * scale + offsetX;
        double previousY = points.get(0).y() * scale + offsetY;
        path.moveTo(previousX, previousY);
        for (int i = 1; i < points.size(); i++) {
            double x = points.get(i).x() * scale + offsetX;
            double y = points.get(i).y() * scale + offsetY;
            path.quadTo(previousX, previousY, (previousX + x) / 2, (previousY + y) / 2);
            previousX = x;
            previousY = y;
        }
        path.lineTo(previousX, previousY);
        return path;
    }
}
