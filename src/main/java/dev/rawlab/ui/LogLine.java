package dev.rawlab.ui;

import dev.rawlab.check.Verdict;
import dev.rawlab.store.OpKind;

/**
 * One line of the event log: when it happened, which operation it belongs to (or
 * {@link LabViewModel#NO_SELECTION}), the filter it falls under, the words, and for a finished
 * operation the checker's verdict (null until the checker has seen it, and for other lines).
 */
record LogLine(long timeMicros, long operationId, Category category, String text, Verdict verdict) {

    /** The filters of the log; {@link #OTHER} lines (settings, refusals) are always shown. */
    enum Category {
        PUT, GET, LIST, DELETE,
        /** Queue entries enqueued and applied. */
        REPLICATION,
        /** Routing decisions, reassignments, the edge cache, version tokens, retries. */
        ROUTING,
        OTHER;

        static Category of(OpKind kind) {
            return switch (kind) {
                case PUT -> PUT;
                case GET -> GET;
                case LIST -> LIST;
                case DELETE -> DELETE;
            };
        }

        /** The name used in ids, style classes and bundle keys: {@code put}, {@code replication}, ... */
        String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    boolean belongsTo(long operation) {
        return operation >= 0 && operationId == operation;
    }

    LogLine judged(String judgedText, Verdict judgedVerdict) {
        return new LogLine(timeMicros, operationId, category, judgedText, judgedVerdict);
    }
}
