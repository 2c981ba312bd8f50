package cn.certdesk.domain.stub;

import cn.certdesk.domain.CertDeskException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The handwritten signature on the stub (存根签名, R06, R07) as captured on the signature pad:
 * the strokes, each a list of points in pad pixel coordinates with time offsets. Data and rules
 * only; the picture is drawn by {@code cn.certdesk.printing.SignatureImages}. Immutable and
 * thread-safe.
 *
 * <h2>Minimum-ink rule</h2>
 * A signature has enough ink ({@link #hasEnoughInk()}) when the summed path length of its
 * strokes is at least {@value #MIN_INK_MULTI_STROKE} pad pixels with two or more strokes, or at
 * least {@value #MIN_INK_SINGLE_STROKE} pad pixels in one stroke (a cursive signature). A dot, a
 * few dots, or a short tick is not a signature, whatever the number of strokes. The pad is
 * about 480 × 180 pixels; a written Chinese name has several hundred pixels of ink.
 *
 * <h2>JSON</h2>
 * {@code {"format":1,"strokes":[[[x,y,t],[x,y,t],…],…]}} with {@code x}, {@code y} in pad
 * pixels (one decimal) and {@code t} the milliseconds since the first point. {@link #fromJson}
 * refuses anything else, and more than {@value #MAX_POINTS} points.
 */
public record SignatureStrokes(List<Stroke> strokes) {

    /** Summed path length, in pad pixels, that two or more strokes need. */
    public static final int MIN_INK_MULTI_STROKE = 60;
    /** Path length, in pad pixels, that a signature of one stroke needs. */
    public static final int MIN_INK_SINGLE_STROKE = 150;
    /** The most points a stored signature may have (a long signature has a few thousand). */
    public static final int MAX_POINTS = 50_000;

    /** No strokes yet. */
    public static final SignatureStrokes EMPTY = new SignatureStrokes(List.of());

    private static final int FORMAT = 1;

    public SignatureStrokes {
        strokes = List.copyOf(strokes);
    }

    public boolean isEmpty() {
        return strokes.isEmpty();
    }

    public int strokeCount() {
        return strokes.size();
    }

    public int pointCount() {
        return strokes.stream().mapToInt(stroke -> stroke.points().size()).sum();
    }

    /** The summed path length of all strokes, in pad pixels. */
    public double inkLength() {
        return strokes.stream().mapToDouble(Stroke::pathLength).sum();
    }

    /** The minimum-ink rule (see the class comment). */
    public boolean hasEnoughInk() {
        double ink = inkLength();
        return strokes.size() >= 2 ? ink >= MIN_INK_MULTI_STROKE : ink >= MIN_INK_SINGLE_STROKE;
    }

    /** These strokes and one more. */
    public SignatureStrokes withStroke(Stroke stroke) {
        List<Stroke> more = new ArrayList<>(strokes);
        more.add(stroke);
        return new SignatureStrokes(more);
    }

    public String toJson() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format", FORMAT);
        ArrayNode strokeArray = root.putArray("strokes");
        for (Stroke stroke : strokes) {
            ArrayNode pointArray = strokeArray.addArray();
            for (StrokePoint point : stroke.points()) {
                pointArray.addArray().add(round(point.x())).add(round(point.y())).add(point.timeOffsetMs());
            }
        }
        return root.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /**
     * @throws CertDeskException {@code signature.unreadable} when the text is not a signature in
     *         the format above
     */
    public static SignatureStrokes fromJson(String json) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new CertDeskException("signature.unreadable", e);
        }
        if (root == null || !root.isObject() || root.path("format").asInt(-1) != FORMAT
                || !root.path("strokes").isArray()) {
            throw new CertDeskException("signature.unreadable");
        }
        List<Stroke> strokes = new ArrayList<>();
        int total = 0;
        try {
            for (JsonNode strokeNode : root.get("strokes")) {
                if (!strokeNode.isArray()) {
                    throw new CertDeskException("signature.unreadable");
                }
                List<StrokePoint> points = new ArrayList<>();
                for (JsonNode pointNode : strokeNode) {
                    if (!pointNode.isArray() || pointNode.size() != 3 || !pointNode.get(0).isNumber()
                            || !pointNode.get(1).isNumber() || !pointNode.get(2).canConvertToLong()) {
                        throw new CertDeskException("signature.unreadable");
                    }
                    if (++total > MAX_POINTS) {
                        throw new CertDeskException("signature.unreadable");
                    }
                    points.add(new StrokePoint(pointNode.get(0).asDouble(), pointNode.get(1).asDouble(),
                            pointNode.get(2).asLong()));
                }
                strokes.add(new Stroke(points));
            }
        } catch (IllegalArgumentException e) {
            throw new CertDeskException("signature.unreadable", e);
        }
        return new SignatureStrokes(strokes);
    }

    /** Counts only: the strokes of a signature are personal data. */
    @Override
    public String toString() {
        return "SignatureStrokes[strokes=" + strokes.size() + ", points=" + pointCount() + "]";
    }
}
