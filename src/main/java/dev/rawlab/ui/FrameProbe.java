package dev.rawlab.ui;

import java.util.Arrays;

/**
 * Measures frames: the wall time between consecutive pulses (what the eye sees; above 16.7 ms a
 * frame was dropped) and the time spent issuing the canvas's drawing commands. Keeps the last
 * {@link #WINDOW} samples of each and reports medians and 99th percentiles in milliseconds.
 */
public final class FrameProbe {

    /** How many recent frames the figures are computed over. */
    public static final int WINDOW = 600;

    /** Medians and 99th percentiles of the recent frames, in milliseconds. */
    public record Figures(int frames, double frameMedianMillis, double frameP99Millis, double drawMedianMillis,
                          double drawP99Millis) {
        /** Frames per second implied by the median frame interval. */
        public double framesPerSecond() {
            return frameMedianMillis <= 0 ? 0 : 1_000 / frameMedianMillis;
        }
    }

    private final long[] intervals = new long[WINDOW];
    private final long[] draws = new long[WINDOW];
    private int intervalCount;
    private int drawCount;
    private long lastPulseNanos = -1;

    /** Called at every pulse with the pulse's time stamp. */
    public void pulse(long nowNanos) {
        if (lastPulseNanos >= 0) {
            intervals[intervalCount++ % WINDOW] = nowNanos - lastPulseNanos;
        }
        lastPulseNanos = nowNanos;
    }

    /** Called after each canvas redraw with how long it took. */
    public void drawn(long nanos) {
        draws[drawCount++ % WINDOW] = nanos;
    }

    /** Forgets everything measured so far (after a pause, say). */
    public void restart() {
        intervalCount = 0;
        drawCount = 0;
        lastPulseNanos = -1;
    }

    public Figures figures() {
        long[] frame = recent(intervals, intervalCount);
        long[] draw = recent(draws, drawCount);
        return new Figures(frame.length, percentile(frame, 0.5), percentile(frame, 0.99), percentile(draw, 0.5), percentile(draw, 0.99));
    }

    private static long[] recent(long[] samples, int count) {
        long[] copy = Arrays.copyOf(samples, Math.min(count, WINDOW));
        Arrays.sort(copy);
        return copy;
    }

    private static double percentile(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1));
        return sorted[index] / 1_000_000.0;
    }
}
