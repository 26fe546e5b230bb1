package dev.rawlab.store;

/**
 * One write waiting in a replica's replication queue: which object, where it came from, when it
 * was enqueued and when it will be applied. {@code applyMicros} is {@link #HELD} while the replica
 * is offline and the entry cannot be applied yet.
 *
 * @param ackTo the node (or the load balancer, for quorum writes) waiting for this copy's
 *              acknowledgement, or null when nobody waits (asynchronous replication)
 */
public record QueueEntry(long operationId, StoredObject object, String fromNode, String ackTo,
                         long enqueueMicros, long applyMicros) {

    public static final long HELD = Long.MAX_VALUE;

    public boolean held() {
        return applyMicros == HELD;
    }

    QueueEntry withApplyMicros(long value) {
        return new QueueEntry(operationId, object, fromNode, ackTo, enqueueMicros, value);
    }
}
