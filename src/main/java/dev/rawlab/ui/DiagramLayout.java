package dev.rawlab.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where things go on the time-space diagram: one horizontal lane per user and node, top to bottom,
 * with the lane names in a column on the left, a time axis along the top, and simulated time
 * running left to right from {@link #startMicros()} to {@link #endMicros()}. Pure geometry.
 */
public final class DiagramLayout {

    /** Smallest and largest base font, in pixels: the diagram is read from the back of a classroom. */
    static final double MIN_FONT = 14;
    static final double MAX_FONT = 24;

    private final double width;
    private final double height;
    private final double fontSize;
    private final double plotLeft;
    private final double plotRight;
    private final double axisHeight;
    private final double laneHeight;
    private final long startMicros;
    private final long endMicros;
    private final List<String> lanes;
    private final Map<String, Integer> laneIndex = new HashMap<>();

    /** Lays out {@code lanes} (ids, top to bottom) on a {@code width} by {@code height} area showing the given times. */
    public DiagramLayout(List<String> lanes, double width, double height, long startMicros, long endMicros) {
        this.lanes = List.copyOf(lanes);
        this.width = width;
        this.height = height;
        this.startMicros = startMicros;
        this.endMicros = Math.max(startMicros + 1, endMicros);
        for (int i = 0; i < lanes.size(); i++) {
            laneIndex.put(lanes.get(i), i);
        }
        double roughLane = height / Math.max(1, lanes.size() + 1);
        this.fontSize = Math.max(MIN_FONT, Math.min(MAX_FONT, Math.min(roughLane * 0.42, width / 55)));
        this.axisHeight = fontSize * 2.2;
        this.laneHeight = (height - axisHeight - fontSize * 0.4) / Math.max(1, lanes.size());
        this.plotLeft = fontSize * 9.2;
        this.plotRight = width - fontSize * 1.2;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public double fontSize() {
        return fontSize;
    }

    public long startMicros() {
        return startMicros;
    }

    public long endMicros() {
        return endMicros;
    }

    /** The lane ids, top to bottom. */
    public List<String> lanes() {
        return lanes;
    }

    public double axisHeight() {
        return axisHeight;
    }

    public double laneHeight() {
        return laneHeight;
    }

    /** The left edge of the time area (the lane names sit left of it). */
    public double plotLeft() {
        return plotLeft;
    }

    public double plotRight() {
        return plotRight;
    }

    /** Whether lane {@code id} is on the diagram. */
    public boolean hasLane(String id) {
        return laneIndex.containsKey(id);
    }

    /** The height of lane {@code id}'s line, or NaN when there is no such lane. */
    public double laneY(String id) {
        Integer index = laneIndex.get(id);
        return index == null ? Double.NaN : axisHeight + laneHeight * (index + 0.5);
    }

    /** The x of simulated time {@code micros} (outside the plot when the time is outside the window). */
    public double xOf(long micros) {
        return plotLeft + (micros - startMicros) * (plotRight - plotLeft) / (double) (endMicros - startMicros);
    }

    /** The simulated time at {@code x}. */
    public long timeAt(double x) {
        return startMicros + Math.round((x - plotLeft) * (endMicros - startMicros) / (plotRight - plotLeft));
    }

    /** Simulated microseconds per pixel. */
    public double microsPerPixel() {
        return (endMicros - startMicros) / Math.max(1, plotRight - plotLeft);
    }
}
