package dev.rawlab.check;

import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Trace;
import dev.rawlab.store.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Judges a trace as it grows: each {@link #update(Trace)} reads only the events added since the
 * last one. This is exact, not an approximation: a read is judged when it completes, and every
 * write acknowledged before it began, and every earlier read it is compared with, completed
 * before that. {@link Checker#check(Trace)} is one update over a whole trace.
 *
 * <p>"Before it began" means acknowledged at or before the read's invoke time. A read that
 * overlaps a write may see either version and is fresh both ways.
 */
public final class LiveChecker {

    private final AckedWrites acked = new AckedWrites();
    private final Map<String, List<OperationRecord>> readsByUserAndKey = new HashMap<>();
    private final StalenessWindows windows = new StalenessWindows();
    private final List<CheckedOperation> checked = new ArrayList<>();
    private Trace trace;
    private int eventsRead;

    /** Reads the events added to {@code trace} since the last update and returns the report so far. */
    public CheckReport update(Trace trace) {
        if (this.trace != null && this.trace != trace) {
            throw new IllegalArgumentException("a live checker follows one trace; make a new one for a new run");
        }
        this.trace = trace;
        List<TraceEvent> events = trace.events();
        for (; eventsRead < events.size(); eventsRead++) {
            TraceEvent event = events.get(eventsRead);
            if (event instanceof TraceEvent.Completed completed) {
                judge(completed.operation());
            } else if (event instanceof TraceEvent.Enqueued enqueued) {
                windows.enqueued(enqueued);
            } else if (event instanceof TraceEvent.Applied applied) {
                windows.applied(applied);
            }
        }
        List<WriteWindow> open = trace.detailed() ? windows.windows() : List.of();
        return new CheckReport(checked, open, SummaryBuilder.summarise(checked, open));
    }

    private void judge(OperationRecord op) {
        CheckedOperation result = judgement(op);
        checked.add(result);
        AckedWrites.Ack ack = acked.add(op);
        if (ack != null) {
            windows.acknowledged(ack);
        }
        if (op.op() == OpKind.GET && (op.status() == 200 || op.status() == 404)) {
            readsByUserAndKey.computeIfAbsent(op.user() + '\u0000' + op.key(), k -> new ArrayList<>()).add(op);
        }
    }

    private CheckedOperation judgement(OperationRecord op) {
        if (op.op().isWrite()) {
            Verdict verdict = op.ok() ? Verdict.WRITE_OK : Verdict.WRITE_FAILED;
            return new CheckedOperation(op, verdict, op.version(), List.of(), false, false);
        }
        if (op.status() != 200 && op.status() != 404) {
            return new CheckedOperation(op, Verdict.UNAVAILABLE, 0, List.of(), false, false);
        }
        if (op.op() == OpKind.LIST) {
            return judgeList(op);
        }
        AckedWrites.Ack newest = acked.newest(op.key(), op.invokeMicros(), null);
        AckedWrites.Ack own = acked.newest(op.key(), op.invokeMicros(), op.user());
        Verdict verdict = seesAtLeast(op, newest) ? Verdict.FRESH : (op.status() == 404 ? Verdict.STALE_404 : Verdict.STALE_OLD);
        return new CheckedOperation(op, verdict, newest == null ? 0 : newest.version(), List.of(),
                !seesAtLeast(op, own), wentBack(op));
    }

    /** Whether a GET's answer is as new as {@code ack} (a 404 is as new as an acknowledged delete). */
    static boolean seesAtLeast(OperationRecord op, AckedWrites.Ack ack) {
        if (ack == null || op.version() >= ack.version()) {
            return true;
        }
        return op.status() == 404 && ack.delete();
    }

    private CheckedOperation judgeList(OperationRecord op) {
        TreeSet<String> missing = new TreeSet<>();
        boolean ownMissing = false;
        for (String key : acked.keys()) {
            if (!key.startsWith(op.key()) || op.listed().containsKey(key)) {
                continue;
            }
            AckedWrites.Ack newest = acked.newest(key, op.invokeMicros(), null);
            if (newest != null && !newest.delete()) {
                missing.add(key);
            }
            AckedWrites.Ack own = acked.newest(key, op.invokeMicros(), op.user());
            if (own != null && !own.delete()) {
                ownMissing = true;
            }
        }
        Verdict verdict = missing.isEmpty() ? Verdict.FRESH : Verdict.LIST_MISSING;
        return new CheckedOperation(op, verdict, 0, List.copyOf(missing), ownMissing, false);
    }

    /** Whether an earlier read by the same user, finished before this one began, saw a newer version. */
    private boolean wentBack(OperationRecord op) {
        for (OperationRecord earlier : readsByUserAndKey.getOrDefault(op.user() + '\u0000' + op.key(), List.of())) {
            if (earlier.completeMicros() <= op.invokeMicros() && earlier.version() > op.version()) {
                return true;
            }
        }
        return false;
    }
}
