package dev.rawlab.store;

/**
 * Copies writes between nodes through the replication queues: enqueues a copy for each target with
 * that target's lag, applies entries when due (last writer wins), wakes version-token reads waiting
 * for them, acknowledges synchronous writes, and holds and drains queues as nodes go offline and
 * come back.
 */
final class Replication {

    private final Cluster cluster;

    Replication(Cluster cluster) {
        this.cluster = cluster;
    }

    /**
     * Copies {@code object}, just written on {@code origin}, to every node that should have it.
     * Returns how many copies were enqueued.
     */
    int replicateFrom(StoreNode origin, StoredObject object, long operationId, boolean waitForAcks) {
        int copies = 0;
        for (StoreNode target : cluster.copies) {
            if (target != origin) {
                enqueue(target, object, operationId, origin.id, waitForAcks ? origin.id : null);
                copies++;
            }
        }
        return copies;
    }

    /** Puts one copy in {@code target}'s queue and schedules its application. */
    void enqueue(StoreNode target, StoredObject object, long operationId, String fromNode, String ackTo) {
        QueueEntry entry = target.queue.enqueue(operationId, object, fromNode, ackTo, cluster.now(),
                target.online ? target.sampleLagMicros() : 0, target.online);
        if (cluster.detailed()) {
            cluster.record(new TraceEvent.Enqueued(cluster.now(), target.id, object.key(), object.version(), entry.applyMicros()));
        }
        if (!entry.held()) {
            cluster.simulation.schedule(entry.applyMicros(), () -> drain(target));
        }
    }

    /** Applies every entry at the head of {@code node}'s queue that is due now. */
    private void drain(StoreNode node) {
        if (!node.online) {
            return;
        }
        QueueEntry entry;
        while ((entry = node.queue.pollDue(cluster.now())) != null) {
            apply(node, entry);
        }
    }

    private void apply(StoreNode node, QueueEntry entry) {
        StoredObject object = entry.object();
        boolean newer = node.applyIfNewer(object);
        if (cluster.detailed()) {
            cluster.record(new TraceEvent.Applied(cluster.now(), node.id, object.key(), object.version(), object.deleted(), !newer));
        }
        node.wakeParked(object.key());
        if (entry.ackTo() != null) {
            Operation waiting = cluster.waitingWrites.get(entry.operationId());
            if (waiting != null && !waiting.answered) {
                cluster.send(waiting, Message.Kind.ACK, node.id, entry.ackTo(), "ack v" + object.version(),
                        () -> acknowledged(waiting));
            }
        }
    }

    private void acknowledged(Operation op) {
        op.acksReceived++;
        if (op.acksReceived >= op.acksNeeded && !op.answered) {
            op.answered = true;
            cluster.waitingWrites.remove(op.id);
            op.cancelTimeout();
            onAcksComplete.accept(op);
        }
    }

    /** What to do once a waiting write has all its acks; set by the write flow. */
    java.util.function.Consumer<Operation> onAcksComplete = op -> {
    };

    void takeOffline(StoreNode node) {
        node.online = false;
        node.queue.hold();
    }

    void bringOnline(StoreNode node) {
        node.online = true;
        for (long applyMicros : node.queue.release(cluster.now(), Cluster.DRAIN_STEP_MICROS)) {
            cluster.simulation.schedule(applyMicros, () -> drain(node));
        }
    }
}
