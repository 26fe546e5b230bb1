package dev.rawlab.experiment;

import dev.rawlab.check.Percentiles;
import java.util.List;

/**
 * The measured outcome of an experiment: one {@link StalenessPoint} per time of the grid, the read
 * and write latency percentiles, and per read: the share answered by the primary, the messages sent
 * and the requests put on the primary and on the replicas (what the cost model turns into
 * throughput).
 *
 * @param readLatency          every read that was made, over all points
 * @param writeLatency         every acknowledged write, one per trial
 * @param primaryShare         share of reads answered by the primary
 * @param messagesPerRead      mean messages sent per read
 * @param primaryVisitsPerRead mean requests a read put on the primary (reads and version checks)
 * @param replicaVisitsPerRead mean requests a read put on the replicas, all together
 */
public record ExperimentResult(List<StalenessPoint> points, Percentiles readLatency, Percentiles writeLatency,
                               double primaryShare, double messagesPerRead, double primaryVisitsPerRead,
                               double replicaVisitsPerRead) {

    public ExperimentResult {
        points = List.copyOf(points);
    }

    /** The first point at or after which every later point of the grid has at most {@code maxStale} stale reads; null if none. */
    public StalenessPoint freshFrom(double maxStale) {
        StalenessPoint found = null;
        for (int i = points.size() - 1; i >= 0; i--) {
            if (points.get(i).pStale() > maxStale) {
                break;
            }
            found = points.get(i);
        }
        return found;
    }

    /** Summarises a filled table. */
    static ExperimentResult of(TrialTable table, long[] tMicros) {
        int trials = table.trials();
        java.util.ArrayList<StalenessPoint> points = new java.util.ArrayList<>();
        long reads = 0;
        long primary = 0;
        long messages = 0;
        long primaryVisits = 0;
        long replicaVisits = 0;
        long[] readSamples = new long[table.points() * trials];
        int readCount = 0;
        for (int point = 0; point < table.points(); point++) {
            int[] counts = new int[ReadOutcome.values().length];
            for (int trial = 0; trial < trials; trial++) {
                int cell = point * trials + trial;
                counts[table.outcome[cell]]++;
                if (table.readMicros[cell] >= 0) {
                    readSamples[readCount++] = table.readMicros[cell];
                    reads++;
                    primary += table.atPrimary[cell] ? 1 : 0;
                    messages += table.messages[cell];
                    primaryVisits += table.primaryVisits[cell];
                    replicaVisits += table.replicaVisits[cell];
                }
            }
            points.add(new StalenessPoint(tMicros[point] / 1_000.0, trials,
                    share(counts[ReadOutcome.SEES_WRITE.ordinal()], trials),
                    share(counts[ReadOutcome.NOT_FOUND.ordinal()], trials),
                    share(counts[ReadOutcome.OLD_BODY.ordinal()], trials),
                    share(counts[ReadOutcome.NO_ANSWER.ordinal()], trials)));
        }
        long[] writeSamples = new long[trials];
        int writeCount = 0;
        for (int trial = 0; trial < trials && table.points() > 0; trial++) {
            if (table.writeMicros[trial] >= 0) {
                writeSamples[writeCount++] = table.writeMicros[trial];
            }
        }
        return new ExperimentResult(points,
                SelectedPercentiles.of(java.util.Arrays.copyOf(readSamples, readCount)),
                SelectedPercentiles.of(java.util.Arrays.copyOf(writeSamples, writeCount)),
                ratio(primary, reads), ratio(messages, reads), ratio(primaryVisits, reads), ratio(replicaVisits, reads));
    }

    private static double share(int count, int trials) {
        return trials == 0 ? Double.NaN : count / (double) trials;
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? Double.NaN : part / (double) whole;
    }
}
