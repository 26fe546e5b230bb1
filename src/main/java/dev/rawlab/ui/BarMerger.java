package dev.rawlab.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Joins bars of one colour on one row of the time-space diagram that touch or overlap into a single
 * rectangle, so a crowded diagram (thousands of queue stays and operations) fills a few dozen
 * rectangles instead of thousands. Call {@link #flush()} once all bars are added.
 */
final class BarMerger {

    /** An open bar: where it spans, where its row is, and its colour. */
    private static final class Bar {
        double x1;
        double x2;
        final double y;
        final double height;
        final Color fill;

        Bar(double x1, double x2, double y, double height, Color fill) {
            this.x1 = x1;
            this.x2 = x2;
            this.y = y;
            this.height = height;
            this.fill = fill;
        }
    }

    private final GraphicsContext g;
    private final Map<Color, Map<Double, Bar>> open = new HashMap<>();
    private final List<Bar> done = new ArrayList<>();

    BarMerger(GraphicsContext g) {
        this.g = g;
    }

    /** A bar from {@code x1} to {@code x2} on the row whose top is {@code y}. */
    void add(double x1, double x2, double y, double height, Color fill) {
        Map<Double, Bar> rows = open.computeIfAbsent(fill, colour -> new HashMap<>());
        Bar bar = rows.get(y);
        if (bar != null && x1 <= bar.x2 + 1 && x2 >= bar.x1 - 1) {
            bar.x1 = Math.min(bar.x1, x1);
            bar.x2 = Math.max(bar.x2, x2);
            return;
        }
        if (bar != null) {
            done.add(bar);
        }
        rows.put(y, new Bar(x1, x2, y, height, fill));
    }

    private static int rank(Color fill) {
        return fill.equals(dev.rawlab.ui.canvas.Palette.OK) || fill.equals(dev.rawlab.ui.canvas.Palette.MUTED) ? 0 : 1 + Math.floorMod(fill.hashCode(), 7);
    }

    /** Draws every bar, grouped by colour. */
    void flush() {
        open.values().forEach(rows -> done.addAll(rows.values()));
        open.clear();
        // Fresh and plain bars first, so where they overlap a stale one the warning colour stays on top.
        done.sort((a, b) -> Integer.compare(rank(a.fill), rank(b.fill)));
        Color current = null;
        for (Bar bar : done) {
            if (!bar.fill.equals(current)) {
                current = bar.fill;
                g.setFill(current);
            }
            g.fillRect(bar.x1, bar.y, bar.x2 - bar.x1, bar.height);
        }
        done.clear();
    }
}
