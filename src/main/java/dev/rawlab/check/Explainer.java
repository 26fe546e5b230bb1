package dev.rawlab.check;

import dev.rawlab.i18n.Text;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.QueueEntry;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Trace;
import dev.rawlab.store.TraceEvent;
import java.util.List;
import java.util.Optional;

/**
 * Puts an anomaly into plain words from the trace, e.g. "GET avatar.png hit replica B, which is
 * 80 ms behind: v1 is still in its queue, so it answered 404." and then whose write it was: the
 * reader's own (a read-your-writes violation) or someone else's (usually acceptable).
 */
public final class Explainer {

    private Explainer() {
    }

    /** The sentence explaining {@code checked}, or empty when it is not an anomaly. */
    public static Optional<Text> explain(CheckedOperation checked, Trace trace) {
        OperationRecord op = checked.operation();
        Text first = switch (checked.verdict()) {
            case STALE_404, STALE_OLD -> staleGet(checked, trace);
            case LIST_MISSING -> Text.of("check.explain.listMissing", op.key(), nodeName(op.node()),
                    String.join(", ", checked.missingKeys()));
            case UNAVAILABLE -> Text.of("check.explain.unavailable", op.op().name(), op.key(),
                    Text.of("check.explain.unavailableReason"));
            default -> null;
        };
        if (first == null) {
            if (checked.monotonicReadsViolation()) {
                return Optional.of(monotonic(checked, trace));
            }
            return Optional.empty();
        }
        if (checked.verdict().stale()) {
            Text both = Text.of("check.explain.two", first, whose(checked, trace));
            // A stale read that also went back behind what this user had already seen says so too.
            return Optional.of(checked.monotonicReadsViolation()
                    ? Text.of("check.explain.two", both, monotonic(checked, trace))
                    : both);
        }
        return Optional.of(first);
    }

    private static Text staleGet(CheckedOperation checked, Trace trace) {
        OperationRecord op = checked.operation();
        long wanted = checked.newestAckedVersion();
        if (op.fromCache()) {
            TraceEvent.CacheStored stored = lastCacheStore(op, trace);
            String until = stored == null ? "?" : Micros.formatMillis(stored.expiresMicros());
            return op.status() == 404
                    ? Text.of("check.explain.cached404", op.key(), v(wanted), until)
                    : Text.of("check.explain.cachedOld", op.key(), v(wanted), v(op.version()), until);
        }
        TraceEvent.Enqueued waiting = waitingEntry(op, wanted, trace);
        if (waiting == null || waiting.applyMicros() == QueueEntry.HELD) {
            return Text.of("check.explain.staleNoQueue", op.op().name(), op.key(), nodeName(op.node()), "", v(wanted), v(op.version()));
        }
        String behind = Micros.formatMillisRounded(waiting.applyMicros() - waiting.timeMicros());
        return op.status() == 404
                ? Text.of("check.explain.stale404", op.op().name(), op.key(), nodeName(op.node()), behind, v(waiting.version()))
                : Text.of("check.explain.staleOld", op.op().name(), op.key(), nodeName(op.node()), behind, v(waiting.version()), v(op.version()));
    }

    /**
     * The last queue entry, enqueued at the answering node before the read finished, that held a
     * version newer than the one it answered with. Searched from the end: it is usually recent.
     */
    private static TraceEvent.Enqueued waitingEntry(OperationRecord op, long wanted, Trace trace) {
        List<TraceEvent> events = trace.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            TraceEvent event = events.get(i);
            if (event.timeMicros() <= op.completeMicros() && event instanceof TraceEvent.Enqueued enqueued
                    && enqueued.node().equals(op.node()) && enqueued.key().equals(op.key())
                    && enqueued.version() > op.version() && enqueued.version() <= wanted) {
                return enqueued;
            }
        }
        return null;
    }

    /** The last time the cache stored an answer for the key before the read finished. */
    private static TraceEvent.CacheStored lastCacheStore(OperationRecord op, Trace trace) {
        List<TraceEvent> events = trace.events();
        for (int i = events.size() - 1; i >= 0; i--) {
            TraceEvent event = events.get(i);
            if (event.timeMicros() <= op.completeMicros() && event instanceof TraceEvent.CacheStored stored
                    && stored.key().equals(op.key())) {
                return stored;
            }
        }
        return null;
    }

    private static Text whose(CheckedOperation checked, Trace trace) {
        OperationRecord op = checked.operation();
        if (checked.readYourWritesViolation()) {
            return Text.of("check.explain.yourOwnWrite", op.user());
        }
        String key = checked.missingKeys().isEmpty() ? op.key() : checked.missingKeys().get(0);
        return Text.of("check.explain.otherViewer", writerOf(key, checked.newestAckedVersion(), op, trace), op.user());
    }

    /**
     * Who wrote the newest acknowledged version of {@code key} the read should have seen: the write
     * with that version (for a LIST, the newest acknowledged write of the key before the read began).
     */
    private static String writerOf(String key, long version, OperationRecord read, Trace trace) {
        List<OperationRecord> operations = trace.operations();
        OperationRecord newest = null;
        for (int i = operations.size() - 1; i >= 0; i--) {
            OperationRecord op = operations.get(i);
            if (op.op().isWrite() && op.ok() && op.key().equals(key) && op.completeMicros() <= read.invokeMicros()) {
                if (version > 0 && op.version() == version) {
                    return op.user();
                }
                if (newest == null || op.version() > newest.version()) {
                    newest = op;
                }
            }
        }
        return newest == null ? read.user() : newest.user();
    }

    private static Text monotonic(CheckedOperation checked, Trace trace) {
        OperationRecord op = checked.operation();
        long seen = 0;
        for (OperationRecord earlier : trace.operations()) {
            if (earlier.user().equals(op.user()) && earlier.key().equals(op.key()) && earlier.op() == op.op()
                    && earlier.completeMicros() <= op.invokeMicros()) {
                seen = Math.max(seen, earlier.version());
            }
        }
        return op.status() == 404
                ? Text.of("check.explain.monotonic404", op.user(), v(seen), op.key())
                : Text.of("check.explain.monotonic", op.user(), v(seen), op.key(), v(op.version()));
    }

    /** A version number as plain digits (MessageFormat would group thousands). */
    private static String v(long version) {
        return Long.toString(version);
    }

    /** "replica B", "the primary", "the edge cache": how a node is called in a sentence. */
    public static Text nodeName(String node) {
        if (StoreConfig.PRIMARY.equals(node)) {
            return Text.of("check.node.primary");
        }
        if (StoreConfig.CACHE.equals(node)) {
            return Text.of("check.node.cache");
        }
        if (StoreConfig.LOAD_BALANCER.equals(node)) {
            return Text.of("check.node.loadBalancer");
        }
        return Text.of("check.node.replica", node);
    }
}
