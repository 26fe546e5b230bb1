package dev.rawlab.ui.canvas;

/**
 * The path a message takes on the canvas between two ends: a polyline of points. A message at
 * progress {@code t} (0 at send, 1 at arrival) sits at that share of the path's length, so its
 * position comes straight from the model's send and arrive times.
 */
public final class Route {

    private final double[] xs;
    private final double[] ys;
    private final double length;

    public Route(double[] xs, double[] ys) {
        if (xs.length != ys.length || xs.length < 2) {
            throw new IllegalArgumentException("a route needs at least two points");
        }
        this.xs = xs;
        this.ys = ys;
        double total = 0;
        for (int i = 1; i < xs.length; i++) {
            total += Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
        this.length = total;
    }

    public double[] xs() {
        return xs;
    }

    public double[] ys() {
        return ys;
    }

    static Route straight(double x1, double y1, double x2, double y2) {
        return new Route(new double[] {x1, x2}, new double[] {y1, y2});
    }

    /** The same path walked the other way. */
    Route reversed() {
        int n = xs.length;
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int i = 0; i < n; i++) {
            rx[i] = xs[n - 1 - i];
            ry[i] = ys[n - 1 - i];
        }
        return new Route(rx, ry);
    }

    public double length() {
        return length;
    }

    /** The point at share {@code t} of the length (clamped to 0..1), as {x, y} written into {@code out}. */
    public void pointAt(double t, double[] out) {
        double wanted = Math.max(0, Math.min(1, t)) * length;
        for (int i = 1; i < xs.length; i++) {
            double piece = Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
            if (wanted <= piece || i == xs.length - 1) {
                double share = piece == 0 ? 0 : Math.min(1, wanted / piece);
                out[0] = xs[i - 1] + (xs[i] - xs[i - 1]) * share;
                out[1] = ys[i - 1] + (ys[i] - ys[i - 1]) * share;
                return;
            }
            wanted -= piece;
        }
    }
}
