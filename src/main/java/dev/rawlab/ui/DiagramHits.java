package dev.rawlab.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The clickable shapes of the last diagram drawn: each operation's span (a box on its user's lane)
 * and each message (a segment between two lanes), with the operation they belong to.
 */
final class DiagramHits {

    private record Shape(long operationId, double x1, double y1, double x2, double y2, boolean box) {
    }

    private final List<Shape> shapes = new ArrayList<>();
    private final double tolerance;

    /** Hits within {@code tolerance} pixels of a segment count as on it. */
    DiagramHits(double tolerance) {
        this.tolerance = tolerance;
    }

    void addBox(long operationId, double x, double y, double width, double height) {
        shapes.add(new Shape(operationId, x, y, x + width, y + height, true));
    }

    void addSegment(long operationId, double x1, double y1, double x2, double y2) {
        shapes.add(new Shape(operationId, x1, y1, x2, y2, false));
    }

    /** The operation at a point: a span box that holds it first, else the nearest message close enough. */
    OptionalLong at(double x, double y) {
        for (int i = shapes.size() - 1; i >= 0; i--) {
            Shape shape = shapes.get(i);
            if (shape.box() && x >= shape.x1() - tolerance / 2 && x <= shape.x2() + tolerance / 2
                    && y >= shape.y1() && y <= shape.y2()) {
                return OptionalLong.of(shape.operationId());
            }
        }
        long best = -1;
        double bestDistance = tolerance;
        for (Shape shape : shapes) {
            if (!shape.box()) {
                double distance = distance(x, y, shape);
                if (distance <= bestDistance) {
                    bestDistance = distance;
                    best = shape.operationId();
                }
            }
        }
        return best < 0 ? OptionalLong.empty() : OptionalLong.of(best);
    }

    private static double distance(double x, double y, Shape s) {
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((x - s.x1()) * dx + (y - s.y1()) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(x - (s.x1() + t * dx), y - (s.y1() + t * dy));
    }
}
