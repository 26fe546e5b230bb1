package dev.rawlab.check;

import dev.rawlab.store.OperationRecord;
import java.util.List;

/**
 * One operation with the checker's judgement.
 *
 * @param newestAckedVersion for a GET, the newest version of the key acknowledged before the read began
 *                           (0 if none); for a write, its own version
 * @param missingKeys        for a LIST, the acknowledged keys it left out
 * @param readYourWritesViolation the reader's own acknowledged write of this key was newer than what it saw
 * @param monotonicReadsViolation the reader saw an older version than one of its own earlier reads did
 */
public record CheckedOperation(OperationRecord operation, Verdict verdict, long newestAckedVersion,
                               List<String> missingKeys, boolean readYourWritesViolation,
                               boolean monotonicReadsViolation) {
    public CheckedOperation {
        missingKeys = List.copyOf(missingKeys);
    }
}
