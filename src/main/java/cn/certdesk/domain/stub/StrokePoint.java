package cn.certdesk.domain.stub;

/**
 * One sampled point of a signature stroke.
 *
 * @param x            pad pixels from the left edge of the signature pad
 * @param y            pad pixels from the top edge
 * @param timeOffsetMs milliseconds since the first point of the signature (not of the stroke)
 */
public record StrokePoint(double x, double y, long timeOffsetMs) {

    public StrokePoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("stroke point is not finite");
        }
        if (timeOffsetMs < 0) {
            throw new IllegalArgumentException("timeOffsetMs < 0");
        }
    }

    double distanceTo(StrokePoint other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
