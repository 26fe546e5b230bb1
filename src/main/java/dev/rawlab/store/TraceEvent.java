package dev.rawlab.store;

import dev.rawlab.sim.Micros;
import java.util.List;

/**
 * Everything the trace records: each action, each finished operation, and the internal events a
 * learner may want to see (routing decisions, queue entries enqueued and applied, cache hits,
 * retries, reassignments). Each has a time and a one-line text form.
 */
public sealed interface TraceEvent {

    long timeMicros();

    /** The event without its time. */
    String detail();

    /** "[      12.5 ms] detail" (time right-aligned in 10 characters): the form the byte-identical trace is made of. */
    default String line() {
        String time = Micros.formatMillis(timeMicros());
        String detail = detail();
        StringBuilder line = new StringBuilder(time.length() + detail.length() + 16).append('[');
        for (int pad = time.length(); pad < 10; pad++) {
            line.append(' ');
        }
        return line.append(time).append(" ms] ").append(detail).toString();
    }

    /** Whether this is an internal event, left out when the store records operations only. */
    default boolean internal() {
        return true;
    }

    record ActionApplied(long timeMicros, String action, long operationId) implements TraceEvent {
        @Override
        public String detail() {
            return "action " + action + (operationId >= 0 ? " (op#" + operationId + ")" : "");
        }

        @Override
        public boolean internal() {
            return false;
        }
    }

    record ActionRefused(long timeMicros, String action, List<String> reasons) implements TraceEvent {
        @Override
        public String detail() {
            return "refused " + action + ": " + String.join("; ", reasons);
        }

        @Override
        public boolean internal() {
            return false;
        }
    }

    record Completed(OperationRecord operation) implements TraceEvent {
        @Override
        public long timeMicros() {
            return operation.completeMicros();
        }

        @Override
        public String detail() {
            return operation.line();
        }

        @Override
        public boolean internal() {
            return false;
        }
    }

    /** The load balancer (or a fix) chose {@code node} for an operation, and why. */
    record Routed(long timeMicros, long operationId, String node, String reason) implements TraceEvent {
        @Override
        public String detail() {
            return "route op#" + operationId + " -> " + node + " (" + reason + ")";
        }
    }

    record Enqueued(long timeMicros, String node, String key, long version, long applyMicros) implements TraceEvent {
        @Override
        public String detail() {
            return "enqueue " + node + " " + key + " v" + version + " apply="
                    + (applyMicros == QueueEntry.HELD ? "held" : Micros.formatMillis(applyMicros));
        }
    }

    /** A node applied a version; {@code superseded} when it already had a newer one (last writer wins). */
    record Applied(long timeMicros, String node, String key, long version, boolean deleted, boolean superseded)
            implements TraceEvent {
        @Override
        public String detail() {
            return "apply " + node + " " + key + " v" + version + (deleted ? " tombstone" : "")
                    + (superseded ? " (already newer)" : "");
        }
    }

    record CacheHit(long timeMicros, long operationId, String key, int status, long version) implements TraceEvent {
        @Override
        public String detail() {
            return "cache hit op#" + operationId + " " + key + " " + status + " v" + version;
        }
    }

    record CacheStored(long timeMicros, String key, int status, long version, long expiresMicros) implements TraceEvent {
        @Override
        public String detail() {
            return "cache store " + key + " " + status + " v" + version + " until " + Micros.formatMillis(expiresMicros);
        }
    }

    /** A version-token read reached a node older than the token. */
    record TokenMiss(long timeMicros, long operationId, String node, long nodeVersion, long tokenVersion, TokenMode mode)
            implements TraceEvent {
        @Override
        public String detail() {
            return "token miss op#" + operationId + " at " + node + " has v" + nodeVersion + " needs v" + tokenVersion
                    + " -> " + mode.fileName();
        }
    }

    record RetryScheduled(long timeMicros, long operationId, int nextAttempt, long delayMicros) implements TraceEvent {
        @Override
        public String detail() {
            return "retry op#" + operationId + " try " + nextAttempt + " in " + Micros.formatMillis(delayMicros) + " ms";
        }
    }

    record Reassigned(long timeMicros, String user, String fromNode, String toNode) implements TraceEvent {
        @Override
        public String detail() {
            return "reassign " + user + " " + fromNode + " -> " + toNode;
        }
    }

    /** A message left its sender; it arrives at {@code message.arriveMicros()}. */
    record Sent(Message message) implements TraceEvent {
        @Override
        public long timeMicros() {
            return message.sendMicros();
        }

        @Override
        public String detail() {
            return "send op#" + message.operationId() + " " + message.kind().name().toLowerCase(java.util.Locale.ROOT) + " "
                    + message.from() + " -> " + message.to() + " \"" + message.label() + "\" arrives "
                    + Micros.formatMillis(message.arriveMicros());
        }
    }

    record TimedOut(long timeMicros, long operationId) implements TraceEvent {
        @Override
        public String detail() {
            return "timeout op#" + operationId;
        }
    }
}
