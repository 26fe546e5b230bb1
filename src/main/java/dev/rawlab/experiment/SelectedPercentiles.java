package dev.rawlab.experiment;

import dev.rawlab.check.Percentiles;

/**
 * The same nearest-rank percentiles as {@link Percentiles#of(long[])}, found by selection instead of
 * a full sort: an experiment of millions of trials summarises its latencies in linear time. Each
 * selection partitions the array in place, and the next (higher) percentile is searched only to the
 * right of the previous one.
 */
final class SelectedPercentiles {

    private static final double[] QUANTILES = {0.50, 0.95, 0.99, 0.999};

    private SelectedPercentiles() {
    }

    /** Percentiles of {@code micros}, which is reordered. */
    static Percentiles of(long[] micros) {
        int size = micros.length;
        if (size == 0) {
            return Percentiles.of(micros);
        }
        double[] millis = new double[QUANTILES.length];
        int from = 0;
        for (int i = 0; i < QUANTILES.length; i++) {
            int rank = Math.max(0, Math.min(size - 1, (int) Math.ceil(QUANTILES[i] * size) - 1));
            select(micros, from, size - 1, rank);
            millis[i] = micros[rank] / 1_000.0;
            from = rank;
        }
        return new Percentiles(size, millis[0], millis[1], millis[2], millis[3]);
    }

    /** Puts the value of rank {@code k} at index {@code k}, smaller ones before it, within [low, high]. */
    private static void select(long[] values, int low, int high, int k) {
        while (high > low) {
            int middle = (low + high) >>> 1;
            long pivot = medianOfThree(values[low], values[middle], values[high]);
            int i = low;
            int j = high;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                high = j;
            } else if (k >= i) {
                low = i;
            } else {
                return;
            }
        }
    }

    private static long medianOfThree(long a, long b, long c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
