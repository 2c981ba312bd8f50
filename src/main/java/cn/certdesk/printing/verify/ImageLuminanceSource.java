package cn.certdesk.printing.verify;

import com.google.zxing.LuminanceSource;
import java.awt.image.BufferedImage;

/**
 * ZXing's view of a rendered page: one luminance byte per pixel (ITU-R BT.601 weights), computed
 * once. The same job as zxing-javase's {@code BufferedImageLuminanceSource}, which is not on
 * the class path. Immutable.
 */
final class ImageLuminanceSource extends LuminanceSource {

    private final byte[] luminances;

    ImageLuminanceSource(BufferedImage image) {
        super(image.getWidth(), image.getHeight());
        int width = image.getWidth();
        int height = image.getHeight();
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        luminances = new byte[width * height];
        for (int i = 0; i < rgb.length; i++) {
            int pixel = rgb[i];
            int alpha = (pixel >>> 24) & 0xFF;
            int red = (pixel >> 16) & 0xFF;
            int green = (pixel >> 8) & 0xFF;
            int blue = pixel & 0xFF;
            int luminance = (299 * red + 587 * green + 114 * blue) / 1000;
            // Transparent pixels count as white paper.
            luminance = (luminance * alpha + 255 * (255 - alpha)) / 255;
            luminances[i] = (byte) luminance;
        }
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row outside the image: " + y);
        }
        byte[] target = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
        System.arraycopy(luminances, y * getWidth(), target, 0, getWidth());
        return target;
    }

    @Override
    public byte[] getMatrix() {
        return luminances.clone();
    }
}
