package dev.rawlab.experiment;

/**
 * The raw results of an experiment: for each point of the time grid and each trial, what the read
 * saw, the read's and the write's latency, whether the primary answered, the read's messages and the
 * work it put on the primary and on the replicas. Each (point, trial) cell is written by exactly one
 * trial, so threads never share a cell and the table is the same whatever ran where.
 */
public final class TrialTable {

    private final int points;
    private final int trials;
    final byte[] outcome;
    final long[] readMicros;
    final long[] writeMicros;
    final boolean[] atPrimary;
    final int[] messages;
    final int[] primaryVisits;
    final int[] replicaVisits;

    public TrialTable(int points, int trials) {
        this.points = points;
        this.trials = trials;
        int cells = Math.multiplyExact(points, trials);
        outcome = new byte[cells];
        readMicros = new long[cells];
        writeMicros = new long[cells];
        atPrimary = new boolean[cells];
        messages = new int[cells];
        primaryVisits = new int[cells];
        replicaVisits = new int[cells];
    }

    public int points() {
        return points;
    }

    public int trials() {
        return trials;
    }

    /**
     * Records the read of {@code trial} at point {@code point}.
     *
     * @param primaryVisits  requests the read put on the primary (reads and version checks)
     * @param replicaVisits  requests the read put on replicas, all replicas together
     */
    public void record(int point, int trial, ReadOutcome seen, long readLatencyMicros, long writeLatencyMicros,
                       boolean servedByPrimary, int readMessages, int primaryVisits, int replicaVisits) {
        int cell = point * trials + trial;
        outcome[cell] = (byte) seen.ordinal();
        readMicros[cell] = readLatencyMicros;
        writeMicros[cell] = writeLatencyMicros;
        atPrimary[cell] = servedByPrimary;
        messages[cell] = readMessages;
        this.primaryVisits[cell] = primaryVisits;
        this.replicaVisits[cell] = replicaVisits;
    }

    /** What the read of {@code trial} at {@code point} saw. */
    public ReadOutcome outcome(int point, int trial) {
        return ReadOutcome.values()[outcome[point * trials + trial]];
    }
}
