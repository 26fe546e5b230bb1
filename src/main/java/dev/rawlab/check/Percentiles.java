package dev.rawlab.check;

import java.util.Arrays;

/** Latency percentiles in milliseconds (nearest-rank), with the sample count. NaN when there is no sample. */
public record Percentiles(int count, double p50Millis, double p95Millis, double p99Millis, double p999Millis) {

    /** Percentiles of {@code micros} (the array is sorted in place). */
    public static Percentiles of(long[] micros) {
        if (micros.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        Arrays.sort(micros);
        return new Percentiles(micros.length, rank(micros, 0.50), rank(micros, 0.95), rank(micros, 0.99), rank(micros, 0.999));
    }

    private static double rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1_000.0;
    }
}
