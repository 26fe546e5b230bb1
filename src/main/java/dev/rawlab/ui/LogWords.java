package dev.rawlab.ui;

import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Explainer;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.QueueEntry;
import dev.rawlab.store.TraceEvent;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Puts trace events into the event log's words, e.g. "op#2 alice GET avatar.png -> 404 from
 * replica B: stale 404; breaks read-your-writes". Remembers which kind of operation each id is, so
 * a timeout is filed under its operation. Messages on the wire are left to the diagram.
 */
final class LogWords {

    private final ResourceBundle texts;
    private final Map<Long, OpKind> kinds = new HashMap<>();

    LogWords(ResourceBundle texts) {
        this.texts = texts;
    }

    void clear() {
        kinds.clear();
    }

    /** The line for {@code event}, or null when the log leaves it out. */
    LogLine line(TraceEvent event) {
        long t = event.timeMicros();
        if (event instanceof TraceEvent.ActionApplied applied) {
            return started(applied);
        } else if (event instanceof TraceEvent.ActionRefused refused) {
            return other(t, say("log.refused", refused.action(), String.join("; ", refused.reasons())));
        } else if (event instanceof TraceEvent.Completed done) {
            return finished(done.operation(), null);
        } else if (event instanceof TraceEvent.Routed routed) {
            return routing(t, routed.operationId(), say("log.routed", id(routed.operationId()), node(routed.node()), routed.reason()));
        } else if (event instanceof TraceEvent.Enqueued queued) {
            String text = queued.applyMicros() == QueueEntry.HELD
                    ? say("log.enqueuedHeld", node(queued.node()), queued.key(), v(queued.version()))
                    : say("log.enqueued", node(queued.node()), queued.key(), v(queued.version()), Micros.formatMillis(queued.applyMicros()));
            return new LogLine(t, LabViewModel.NO_SELECTION, LogLine.Category.REPLICATION, text, null);
        } else if (event instanceof TraceEvent.Applied applied) {
            String key = applied.superseded() ? "log.appliedSuperseded" : applied.deleted() ? "log.appliedTombstone" : "log.applied";
            return new LogLine(t, LabViewModel.NO_SELECTION, LogLine.Category.REPLICATION,
                    say(key, node(applied.node()), applied.key(), v(applied.version())), null);
        } else if (event instanceof TraceEvent.CacheHit hit) {
            return routing(t, hit.operationId(), say("log.cacheHit", id(hit.operationId()), hit.key(),
                    String.valueOf(hit.status()), v(hit.version())));
        } else if (event instanceof TraceEvent.CacheStored stored) {
            return routing(t, LabViewModel.NO_SELECTION, say("log.cacheStored", stored.key(), String.valueOf(stored.status()),
                    v(stored.version()), Micros.formatMillis(stored.expiresMicros())));
        } else if (event instanceof TraceEvent.TokenMiss miss) {
            return routing(t, miss.operationId(), say("log.tokenMiss", id(miss.operationId()), node(miss.node()),
                    v(miss.nodeVersion()), v(miss.tokenVersion()), miss.mode().fileName()));
        } else if (event instanceof TraceEvent.RetryScheduled retry) {
            return routing(t, retry.operationId(), say("log.retry", id(retry.operationId()),
                    String.valueOf(retry.nextAttempt()), Micros.formatMillis(retry.delayMicros())));
        } else if (event instanceof TraceEvent.Reassigned moved) {
            return routing(t, LabViewModel.NO_SELECTION, say("log.reassigned", moved.user(), node(moved.fromNode()), node(moved.toNode())));
        } else if (event instanceof TraceEvent.TimedOut timeout) {
            OpKind kind = kinds.get(timeout.operationId());
            return new LogLine(t, timeout.operationId(), kind == null ? LogLine.Category.OTHER : LogLine.Category.of(kind),
                    say("log.timedOut", id(timeout.operationId())), null);
        }
        return null;
    }

    /** The line of a finished operation, with the checker's judgement when {@code checked} is given. */
    LogLine finished(OperationRecord op, CheckedOperation checked) {
        String outcome = op.listed() != null
                ? say("log.listed", String.valueOf(op.status()), String.valueOf(op.listed().size()))
                : op.ok() && op.version() > 0 ? op.status() + " v" + op.version() : String.valueOf(op.status());
        String text = say("log.done", id(op.id()), op.user(), op.op().name(), op.key(), outcome, node(op.node()));
        if (op.attempts() > 1) {
            text = say("log.tries", text, String.valueOf(op.attempts()));
        }
        if (checked != null) {
            text = say("log.judged", text, VerdictStyle.word(texts, checked.verdict()));
            if (checked.readYourWritesViolation()) {
                text = say("log.ryw", text);
            }
            if (checked.monotonicReadsViolation()) {
                text = say("log.monotonic", text);
            }
        }
        text = say("log.took", text, Micros.formatMillis(op.latencyMicros()));
        return new LogLine(op.completeMicros(), op.id(), LogLine.Category.of(op.op()), text,
                checked == null ? null : checked.verdict());
    }

    private LogLine started(TraceEvent.ActionApplied applied) {
        if (applied.operationId() < 0) {
            return other(applied.timeMicros(), say("log.action", applied.action()));
        }
        OpKind kind = kindOf(applied.action());
        if (kind != null) {
            kinds.put(applied.operationId(), kind);
        }
        return new LogLine(applied.timeMicros(), applied.operationId(),
                kind == null ? LogLine.Category.OTHER : LogLine.Category.of(kind),
                say("log.started", id(applied.operationId()), applied.action()), null);
    }

    /** The operation an action line describes: its first word ("PUT alice avatar.png ..."). */
    private static OpKind kindOf(String action) {
        String first = action.split(" ", 2)[0].toUpperCase(Locale.ROOT);
        for (OpKind kind : OpKind.values()) {
            if (kind.name().equals(first)) {
                return kind;
            }
        }
        return null;
    }

    private static LogLine other(long t, String text) {
        return new LogLine(t, LabViewModel.NO_SELECTION, LogLine.Category.OTHER, text, null);
    }

    private static LogLine routing(long t, long operationId, String text) {
        return new LogLine(t, operationId, LogLine.Category.ROUTING, text, null);
    }

    /** "replica B", "the primary", "the edge cache", as the checker's sentences call them. */
    private static String node(String node) {
        return Explainer.nodeName(node).format();
    }

    /** Numbers go in as text, so MessageFormat does not group the digits of an id. */
    private static String id(long operationId) {
        return Long.toString(operationId);
    }

    private static String v(long version) {
        return Long.toString(version);
    }

    private String say(String key, Object... args) {
        return Texts.format(texts, key, args);
    }
}
