package dev.rawlab.lesson;

import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Verdict;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;

/**
 * What a task's goal asks to see: an operation of one user on one key, and what it must return.
 * Every field after {@code key} is optional (null: not checked).
 *
 * @param withinMicros the operation must begin no later than this long after its step began
 * @param times        how many such operations it takes (1 or more): two reads in a row, say
 */
public record Goal(String user, OpKind op, String key, Integer status, Long version, Verdict verdict, String node,
                   Long withinMicros, int times) {

    public Goal {
        if (times < 1) {
            throw new IllegalArgumentException("a goal needs at least one operation, not " + times);
        }
    }

    /** Whether {@code checked}, an operation begun at or after {@code stepStartMicros}, is one the goal asks for. */
    public boolean metBy(CheckedOperation checked, long stepStartMicros) {
        OperationRecord op = checked.operation();
        if (op.invokeMicros() < stepStartMicros || !op.user().equals(user) || op.op() != this.op || !op.key().equals(key)) {
            return false;
        }
        if (withinMicros != null && op.invokeMicros() - stepStartMicros > withinMicros) {
            return false;
        }
        return (status == null || op.status() == status)
                && (version == null || op.version() == version)
                && (verdict == null || checked.verdict() == verdict)
                && (node == null || op.node().equals(node));
    }
}
