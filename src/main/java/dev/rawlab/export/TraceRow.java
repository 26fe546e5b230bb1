package dev.rawlab.export;

/**
 * One event of a trace as a row of a table. Fields an event has no value for are null.
 *
 * @param timeMicros  when it happened
 * @param kind        what happened: {@code action}, {@code refused}, {@code completed}, {@code routed},
 *                    {@code sent}, {@code enqueued}, {@code applied}, {@code cache-hit}, {@code cache-stored},
 *                    {@code token-miss}, {@code retry}, {@code reassigned}, {@code timeout}
 * @param operationId the operation it belongs to
 * @param user        the user of that operation (or the user reassigned)
 * @param node        the node it happened at (the sender, for a message; the answering node, for a completion)
 * @param to          the receiver, for a message; the new node, for a reassignment
 * @param key         the key (the prefix, for a LIST)
 * @param version     the version written, read, queued, applied or cached
 * @param status      200, 404 or 503, for a completion or a cache hit
 * @param verdict     the checker's verdict, for a completion ({@code fresh}, {@code stale-404}, ...)
 * @param detail      the trace's own line for the event, without its time
 */
public record TraceRow(long timeMicros, String kind, Long operationId, String user, String node, String to, String key,
                       Long version, Integer status, String verdict, String detail) {
}
