package dev.rawlab.export;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Trace;
import dev.rawlab.store.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a trace into one {@link TraceRow} per event, in the order they happened. Events that name
 * only an operation id get its user and key from the operation's record once it finished; a
 * completion gets the checker's verdict from {@code report}.
 */
public final class TraceRows {

    private TraceRows() {
    }

    public static List<TraceRow> of(Trace trace, CheckReport report) {
        Map<Long, OperationRecord> operations = new HashMap<>();
        trace.operations().forEach(op -> operations.put(op.id(), op));
        Map<Long, String> verdicts = new HashMap<>();
        if (report != null) {
            for (CheckedOperation checked : report.operations()) {
                verdicts.put(checked.operation().id(), checked.verdict().fileName());
            }
        }
        List<TraceRow> rows = new ArrayList<>(trace.events().size());
        for (TraceEvent event : trace.events()) {
            rows.add(row(event, operations, verdicts));
        }
        return rows;
    }

    private static TraceRow row(TraceEvent event, Map<Long, OperationRecord> operations, Map<Long, String> verdicts) {
        long time = event.timeMicros();
        String detail = event.detail();
        if (event instanceof TraceEvent.ActionApplied applied) {
            Long id = applied.operationId() >= 0 ? applied.operationId() : null;
            return ofOperation(time, "action", id, operations, null, null, null, null, detail);
        } else if (event instanceof TraceEvent.ActionRefused) {
            return new TraceRow(time, "refused", null, null, null, null, null, null, null, null, detail);
        } else if (event instanceof TraceEvent.Completed completed) {
            OperationRecord op = completed.operation();
            return new TraceRow(time, "completed", op.id(), op.user(), op.node(), null, op.key(), op.version(), op.status(),
                    verdicts.get(op.id()), detail);
        } else if (event instanceof TraceEvent.Routed routed) {
            return ofOperation(time, "routed", routed.operationId(), operations, routed.node(), null, null, null, detail);
        } else if (event instanceof TraceEvent.Sent sent) {
            return ofOperation(time, "sent", sent.message().operationId(), operations, sent.message().from(),
                    sent.message().to(), null, null, detail);
        } else if (event instanceof TraceEvent.Enqueued enqueued) {
            return new TraceRow(time, "enqueued", null, null, enqueued.node(), null, enqueued.key(), enqueued.version(),
                    null, null, detail);
        } else if (event instanceof TraceEvent.Applied applied) {
            return new TraceRow(time, "applied", null, null, applied.node(), null, applied.key(), applied.version(),
                    null, null, detail);
        } else if (event instanceof TraceEvent.CacheHit hit) {
            return ofOperation(time, "cache-hit", hit.operationId(), operations, "cache", null, hit.version(), hit.status(),
                    detail);
        } else if (event instanceof TraceEvent.CacheStored stored) {
            return new TraceRow(time, "cache-stored", null, null, "cache", null, stored.key(), stored.version(),
                    stored.status(), null, detail);
        } else if (event instanceof TraceEvent.TokenMiss miss) {
            return ofOperation(time, "token-miss", miss.operationId(), operations, miss.node(), null, miss.nodeVersion(),
                    null, detail);
        } else if (event instanceof TraceEvent.RetryScheduled retry) {
            return ofOperation(time, "retry", retry.operationId(), operations, null, null, null, null, detail);
        } else if (event instanceof TraceEvent.Reassigned reassigned) {
            return new TraceRow(time, "reassigned", null, reassigned.user(), reassigned.fromNode(), reassigned.toNode(),
                    null, null, null, null, detail);
        } else if (event instanceof TraceEvent.TimedOut timedOut) {
            return ofOperation(time, "timeout", timedOut.operationId(), operations, null, null, null, null, detail);
        }
        return new TraceRow(time, "other", null, null, null, null, null, null, null, null, detail);
    }

    /** A row of an event that belongs to operation {@code id}: user and key from its record, when it finished. */
    private static TraceRow ofOperation(long time, String kind, Long id, Map<Long, OperationRecord> operations, String node,
                                        String to, Long version, Integer status, String detail) {
        OperationRecord op = id == null ? null : operations.get(id);
        return new TraceRow(time, kind, id, op == null ? null : op.user(), node, to, op == null ? null : op.key(), version,
                status, null, detail);
    }
}
