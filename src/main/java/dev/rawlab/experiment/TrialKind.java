package dev.rawlab.experiment;

/**
 * One way of running a trial: a write, then a read at each time {@code t} after the write's
 * acknowledgement. Implementations must depend on nothing but their own settings and the seed, and
 * may be called from several threads at once.
 */
public interface TrialKind {

    /**
     * Runs trial number {@code trial}, seeded with {@code seed}, at every time of {@code tMicros}, and
     * records one row per time in {@code table}.
     */
    void run(long seed, long[] tMicros, TrialTable table, int trial);
}
