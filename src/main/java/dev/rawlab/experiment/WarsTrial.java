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
 * <p>Delays are drawn through {@link DelaySampler}, and the arrays of a trial are reused per thread:
 * this is the path that has to run millions of trials a second.
 *
 * <p>A stale read counts as a 404 for a new object and as the old body for an overwrite. A read asks
 * all N replicas: 2N + 2 messages, N replica requests, none at a primary (there is none).
 */
public final class WarsTrial implements TrialKind {

    private final WarsModel model;
    private final int n;
    private final int r;
    private final int w;
    private final ObjectKind kind;
    private final DelaySampler write;
    private final DelaySampler ack;
    private final DelaySampler read;
    private final DelaySampler answer;
    /** Per thread: W, W+A, R, R+S of each replica, and a copy to sort. */
    private final ThreadLocal<long[][]> scratch;

    public WarsTrial(WarsModel model, int n, int r, int w, ObjectKind kind) {
        if (n < 1 || r < 1 || w < 1 || r > n || w > n) {
            throw new IllegalArgumentException("need 1 <= R, W <= N, got N=" + n + " R=" + r + " W=" + w);
        }
        this.model = java.util.Objects.requireNonNull(model, "model");
        this.n = n;
        this.r = r;
        this.w = w;
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        this.write = DelaySampler.of(model.write());
        this.ack = DelaySampler.of(model.ack());
        this.read = DelaySampler.of(model.read());
        this.answer = DelaySampler.of(model.answer());
        this.scratch = ThreadLocal.withInitial(() -> new long[5][n]);
    }

    public WarsModel model() {
        return model;
    }

    public int n() {
        return n;
    }

    public int r() {
        return r;
    }

    public int w() {
        return w;
    }

    public ObjectKind kind() {
        return kind;
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
        long[][] arrays = scratch.get();
        long[] writeArrive = arrays[0];
        long[] writeAcked = arrays[1];
        long[] readArrive = arrays[2];
        long[] readAnswered = arrays[3];
        long[] sorted = arrays[4];
        for (int i = 0; i < n; i++) {
            long writeExtra = remote > 0 && i != writerDc ? remote : 0;
            long readExtra = remote > 0 && i != readerDc ? remote : 0;
            writeArrive[i] = write.sampleMicros(random) + writeExtra;
            writeAcked[i] = writeArrive[i] + ack.sampleMicros(random) + writeExtra;
            readArrive[i] = read.sampleMicros(random) + readExtra;
            readAnswered[i] = readArrive[i] + answer.sampleMicros(random) + readExtra;
        }
        long commit = kthSmallest(writeAcked, sorted, w);
        long readLatency = kthSmallest(readAnswered, sorted, r);
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

    /** The k-th smallest of {@code values} (k from 1), sorting a copy in {@code work} (insertion sort: N is small). */
    static long kthSmallest(long[] values, long[] work, int k) {
        int size = values.length;
        for (int i = 0; i < size; i++) {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && work[j] > value) {
                work[j + 1] = work[j];
                j--;
            }
            work[j + 1] = value;
        }
        return work[k - 1];
    }
}
