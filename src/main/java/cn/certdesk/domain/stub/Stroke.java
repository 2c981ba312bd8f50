package cn.certdesk.domain.stub;

import java.util.List;

/**
 * One stroke of a signature: the points from pen (finger, mouse button) down to up, in order.
 * Immutable and thread-safe.
 *
 * @param points at least one point; a single point is a dot
 */
public record Stroke(List<StrokePoint> points) {

    public Stroke {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a stroke has at least one point");
        }
    }

    /** The length of the polyline through the points, in pad pixels; 0 for a dot. */
    public double pathLength() {
        double length = 0;
        for (int i = 1; i < points.size(); i++) {
            length += points.get(i - 1).distanceTo(points.get(i));
        }
        return length;
    }
}
