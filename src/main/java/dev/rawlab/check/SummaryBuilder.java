package dev.rawlab.check;

import dev.rawlab.store.OperationRecord;
import java.util.List;

/** Adds up a checked trace into a {@link Summary}. */
final class SummaryBuilder {

    private SummaryBuilder() {
    }

    static Summary summarise(List<CheckedOperation> checked, List<WriteWindow> windows) {
        int reads = 0;
        int fresh = 0;
        int stale404 = 0;
        int staleOld = 0;
        int listMissing = 0;
        int unavailable = 0;
        int writes = 0;
        int failedWrites = 0;
        int ryw = 0;
        int monotonic = 0;
        int byPrimary = 0;
        long messages = 0;
        long[] readMicros = new long[checked.size()];
        long[] writeMicros = new long[checked.size()];
        int readCount = 0;
        int writeCount = 0;
        for (CheckedOperation c : checked) {
            OperationRecord op = c.operation();
            messages += op.messages();
            if (op.op().isWrite()) {
                writes++;
                if (c.verdict() == Verdict.WRITE_FAILED) {
                    failedWrites++;
                } else {
                    writeMicros[writeCount++] = op.latencyMicros();
                }
                continue;
            }
            reads++;
            switch (c.verdict()) {
                case FRESH -> fresh++;
                case STALE_404 -> stale404++;
                case STALE_OLD -> staleOld++;
                case LIST_MISSING -> listMissing++;
                default -> unavailable++;
            }
            if (c.verdict() != Verdict.UNAVAILABLE) {
                readMicros[readCount++] = op.latencyMicros();
                if (op.servedByPrimary()) {
                    byPrimary++;
                }
            }
            ryw += c.readYourWritesViolation() ? 1 : 0;
            monotonic += c.monotonicReadsViolation() ? 1 : 0;
        }
        long maxWindow = 0;
        int open = 0;
        for (WriteWindow window : windows) {
            if (window.open()) {
                open++;
            } else {
                maxWindow = Math.max(maxWindow, window.windowMicros());
            }
        }
        double primaryShare = readCount == 0 ? 0 : byPrimary / (double) readCount;
        return new Summary(reads, fresh, stale404, staleOld, listMissing, unavailable, writes, failedWrites, ryw, monotonic,
                Percentiles.of(java.util.Arrays.copyOf(readMicros, readCount)),
                Percentiles.of(java.util.Arrays.copyOf(writeMicros, writeCount)), primaryShare, messages, maxWindow, open);
    }
}
