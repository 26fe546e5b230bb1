package dev.rawlab.experiment;

import java.util.SplittableRandom;

/**
 * The fast path for a leaderless quorum store: one trial of the WARS model instead of a full store.
 * For each of the N replicas it draws W, A, R and S (in that order, replica by replica, from the
 * trial's own SplitMix64 stream). The write commits at the W-th smallest W+A; the read, sent
 * {@code t} after the commit, takes the R replicas with the smallest R+S; it sees the write if any of
 * them has {@code W[i] <= commit + t + R[i]}. The read's latency is the R-th smallest R+S, the
 * write's the commit time. One draw serves every {@code t} of the grid (the same luck at each time).
 *
 * <p>A stale read counts as a 404 for a new object and as the old body for an overwrite. A read asks
 * all N replicas: 2N + 2 messages, N replica requests, none at a primary (there is none).
 */
public record WarsTrial(WarsModel model, int n, int r, int w, ObjectKind kind) implements TrialKind {

    public WarsTrial {
        if (n < 1 || r < 1 || w < 1 || r > n || w > n) {
            throw new IllegalArgumentException("need 1 <= R, W <= N, got N=" + n + " R=" + r + " W=" + w);
        }
    }

    /** Whether every read set meets every write set: W + R > N. */
    public boolean strict() {
        return w + r > n;
    }

    @Override
    public void run(long seed, long[] tMicros, TrialTable table, int trial) {
        SplittableRandom random = new SplittableRandom(seed);
        long remote = model.remoteMicros();
        int writerDc = remote > 0 ? random.nextInt(n) : -1;
        int readerDc = remote > 0 ? random.nextInt(n) : -1;
        long[] writeArrive = new long[n];
        long[] writeAcked = new long[n];
        long[] readArrive = new long[n];
        long[] readAnswered = new long[n];
        for (int i = 0; i < n; i++) {
            long writeExtra = remote > 0 && i != writerDc ? remote : 0;
            long readExtra = remote > 0 && i != readerDc ? remote : 0;
            writeArrive[i] = model.write().sampleMicros(random) + writeExtra;
            writeAcked[i] = writeArrive[i] + model.ack().sampleMicros(random) + writeExtra;
            readArrive[i] = model.read().sampleMicros(random) + readExtra;
            readAnswered[i] = readArrive[i] + model.answer().sampleMicros(random) + readExtra;
        }
        long commit = kthSmallest(writeAcked.clone(), w);
        long[] order = readAnswered.clone();
        long readLatency = kthSmallest(order, r);
        // The read sees the write at t iff some replica among the R fastest has W[i] - R[i] <= commit + t.
        long earliest = Long.MAX_VALUE;
        int taken = 0;
        for (int i = 0; i < n && taken < r; i++) {
            if (readAnswered[i] < readLatency) {
                earliest = Math.min(earliest, writeArrive[i] - readArrive[i]);
                taken++;
            }
        }
        for (int i = 0; i < n && taken < r; i++) {
            if (readAnswered[i] == readLatency) {
                earliest = Math.min(earliest, writeArrive[i] - readArrive[i]);
                taken++;
            }
        }
        long seesFromMicros = earliest - commit;
        ReadOutcome stale = kind == ObjectKind.NEW ? ReadOutcome.NOT_FOUND : ReadOutcome.OLD_BODY;
        int messages = 2 * n + 2;
        for (int point = 0; point < tMicros.length; point++) {
            ReadOutcome seen = tMicros[point] >= seesFromMicros ? ReadOutcome.SEES_WRITE : stale;
            table.record(point, trial, seen, readLatency, commit, false, messages, 0, n);
        }
    }

    /** The k-th smallest value (k from 1); sorts {@code values} in place. */
    static long kthSmallest(long[] values, int k) {
        java.util.Arrays.sort(values);
        return values[k - 1];
    }
}
