package dev.rawlab.check;

/**
 * The run in numbers: how many reads and how many of each verdict, the session-guarantee
 * violations, read and write latency, the share of reads the primary served, and messages sent.
 */
public record Summary(int reads, int fresh, int stale404, int staleOld, int listMissing, int unavailable,
                      int writes, int failedWrites, int rywViolations, int monotonicViolations,
                      Percentiles readLatency, Percentiles writeLatency, double primaryShare, long messages,
                      long maxWindowMicros, int openWindows) {

    /** Reads that saw something older than an acknowledged write. */
    public int stale() {
        return stale404 + staleOld + listMissing;
    }
}
