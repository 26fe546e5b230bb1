package dev.rawlab.store;

import dev.rawlab.sim.Micros;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One finished operation as the trace keeps it: who did what to which key, when it was invoked
 * and completed, which nodes it touched, how many tries it took and what came back.
 *
 * @param key          the key (the prefix, for LIST)
 * @param status       200, 404 or 503
 * @param version      the version written (PUT, DELETE) or read (GET; a tombstone's version on a
 *                     404 after a delete; 0 when the node never had the key)
 * @param node         the node whose answer the user got ("cache" for a cache hit)
 * @param listed       for LIST: every key listed, with its version
 * @param servedByPrimary whether the answer came from the primary
 * @param messages     how many messages this operation sent
 */
public record OperationRecord(long id, String user, OpKind op, String key, int status, long version, String body,
                              String node, List<String> nodesTouched, int attempts, long invokeMicros,
                              long completeMicros, SortedMap<String, Long> listed, boolean servedByPrimary,
                              boolean fromCache, int messages) {

    /** Every status an operation can end with; a scenario or lesson that expects another is wrong. */
    public static final java.util.Set<Integer> STATUSES = java.util.Set.of(Answer.OK, Answer.NOT_FOUND, Answer.UNAVAILABLE);

    public OperationRecord {
        nodesTouched = List.copyOf(nodesTouched);
        listed = listed == null ? null : java.util.Collections.unmodifiableSortedMap(new TreeMap<>(listed));
    }

    public long latencyMicros() {
        return completeMicros - invokeMicros;
    }

    public boolean ok() {
        return status == 200;
    }

    /** One line for the trace: fixed field order, so equal runs give equal bytes. */
    public String line() {
        StringBuilder text = new StringBuilder()
                .append("op#").append(id).append(' ').append(user).append(' ').append(op).append(' ').append(key)
                .append(" -> ").append(status).append(" v").append(version)
                .append(" node=").append(node).append(" touched=").append(String.join(",", nodesTouched))
                .append(" tries=").append(attempts)
                .append(" invoke=").append(Micros.formatMillis(invokeMicros))
                .append(" complete=").append(Micros.formatMillis(completeMicros))
                .append(" msgs=").append(messages);
        if (body != null) {
            text.append(" body=\"").append(body).append('"');
        }
        if (listed != null) {
            text.append(" listed=").append(listed);
        }
        if (fromCache) {
            text.append(" cache-hit");
        }
        return text.toString();
    }
}
