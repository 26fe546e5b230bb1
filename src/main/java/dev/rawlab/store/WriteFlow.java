package dev.rawlab.store;

/**
 * The way of a PUT or DELETE: user, load balancer, the node that takes the write, replication into
 * the other nodes' queues, and the acknowledgement back, at once (asynchronous) or after enough
 * copies have applied it (synchronous replication, or W acks in a quorum). A synchronous write that
 * cannot get its acks waits, or answers 503 after the timeout.
 */
final class WriteFlow {

    private static final String LB = StoreConfig.LOAD_BALANCER;

    private final Cluster cluster;
    private final Replication replication;

    WriteFlow(Cluster cluster, Replication replication) {
        this.cluster = cluster;
        this.replication = replication;
        replication.onAcksComplete = this::acked;
    }

    void start(Operation op) {
        op.attempts++;
        cluster.send(op, Message.Kind.REQUEST, op.user.name, LB, op.requestLabel(), () -> atLoadBalancer(op));
    }

    private void atLoadBalancer(Operation op) {
        if (cluster.topology == Topology.QUORUM) {
            quorumWrite(op);
            return;
        }
        StoreNode target = chooseNode(op);
        if (target == null) {
            toUser(op, Answer.unavailable(LB));
            return;
        }
        if (cluster.detailed()) {
            cluster.record(new TraceEvent.Routed(cluster.now(), op.id, target.id, routeReason(op)));
        }
        cluster.send(op, Message.Kind.REQUEST, LB, target.id, op.requestLabel(), () -> atNode(op, target));
    }

    private String routeReason(Operation op) {
        if (op.forcedNode != null) {
            return "forced";
        }
        return switch (cluster.topology) {
            case PARTITIONED -> "key owner";
            case MULTI_WRITER -> cluster.strategy.lbPolicy().fileName();
            default -> "primary takes writes";
        };
    }

    private StoreNode chooseNode(Operation op) {
        if (op.forcedNode != null) {
            return cluster.node(op.forcedNode);
        }
        return switch (cluster.topology) {
            case PARTITIONED -> cluster.owner(op.key).online ? cluster.owner(op.key) : null;
            case MULTI_WRITER -> cluster.loadBalancer.pick(cluster.strategy.lbPolicy(), op.user, op.key, cluster.candidates(op));
            default -> cluster.primary;
        };
    }

    private void atNode(Operation op, StoreNode node) {
        op.touch(node.id);
        if (!node.online) {
            answerFrom(op, node, Answer.unavailable(node.id));
            return;
        }
        StoredObject object = newObject(op);
        node.applyIfNewer(object);
        if (cluster.detailed()) {
            cluster.record(new TraceEvent.Applied(cluster.now(), node.id, object.key(), object.version(), object.deleted(), false));
        }
        node.wakeParked(object.key());
        op.writeNode = node.id;
        SyncReplication sync = cluster.strategy.sync();
        boolean waits = sync.enabled() && cluster.topology.replicates();
        if (waits) {
            cluster.waitingWrites.put(op.id, op);
        }
        int copies = cluster.topology.replicates() ? replication.replicateFrom(node, object, op.id, waits) : 0;
        op.acksNeeded = waits ? sync.acksNeeded(copies) : 0;
        if (op.acksNeeded == 0) {
            cluster.waitingWrites.remove(op.id);
            op.answered = true;
            answerFrom(op, node, Answer.written(node.id, Answer.OK, op.version));
            return;
        }
        armTimeout(op, sync, () -> answerFrom(op, node, Answer.written(node.id, Answer.UNAVAILABLE, op.version)));
    }

    private StoredObject newObject(Operation op) {
        op.version = cluster.nextVersion(op.key);
        return new StoredObject(op.key, op.version, op.kind == OpKind.DELETE ? null : op.body, op.kind == OpKind.DELETE);
    }

    /** Leaderless write: the load balancer, as coordinator, sends the write to all N and waits for W acks. */
    private void quorumWrite(Operation op) {
        StoredObject object = newObject(op);
        op.writeNode = LB;
        op.acksNeeded = cluster.strategy.writeQuorum();
        cluster.waitingWrites.put(op.id, op);
        for (StoreNode node : cluster.copies) {
            cluster.record(new TraceEvent.Routed(cluster.now(), op.id, node.id, "write to all " + cluster.copies.size()));
            cluster.send(op, Message.Kind.REQUEST, LB, node.id, op.requestLabel() + " v" + op.version, () -> {
                op.touch(node.id);
                replication.enqueue(node, object, op.id, LB, LB);
            });
        }
        armTimeout(op, cluster.strategy.sync(), () -> toUser(op, Answer.written(LB, Answer.UNAVAILABLE, op.version)));
    }

    private void armTimeout(Operation op, SyncReplication sync, Runnable giveUp) {
        if (sync.onOffline() != SyncReplication.OnOffline.TIMEOUT) {
            return;
        }
        op.timeout = cluster.simulation.after(Math.round(sync.timeoutMillis() * 1_000), () -> {
            if (!op.answered) {
                op.answered = true;
                cluster.waitingWrites.remove(op.id);
                cluster.record(new TraceEvent.TimedOut(cluster.now(), op.id));
                giveUp.run();
            }
        });
    }

    /** Every ack the write waited for has come in. */
    private void acked(Operation op) {
        Answer ok = Answer.written(op.writeNode, Answer.OK, op.version);
        if (LB.equals(op.writeNode)) {
            toUser(op, ok);
        } else {
            answerFrom(op, cluster.node(op.writeNode), ok);
        }
    }

    private void answerFrom(Operation op, StoreNode node, Answer answer) {
        cluster.send(op, Message.Kind.ANSWER, node.id, LB, answer.label(), () -> toUser(op, answer));
    }

    private void toUser(Operation op, Answer answer) {
        cluster.send(op, Message.Kind.ANSWER, LB, op.user.name, answer.label(), () -> cluster.complete(op, answer));
    }
}
