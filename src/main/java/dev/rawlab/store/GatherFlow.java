package dev.rawlab.store;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Reads that ask several nodes at once and wait for some of their answers: a quorum read (ask every
 * member, wait for R, return the newest) and a LIST on a partitioned store (ask every partition,
 * merge). If too few nodes are online to ever answer, the read fails with 503 at once, and so it
 * does as soon as nodes going offline leave too few to answer; if answers stop coming, it gives
 * up after the strategy's timeout.
 */
final class GatherFlow {

    private static final String LB = StoreConfig.LOAD_BALANCER;

    private final Cluster cluster;
    BiConsumer<Operation, Answer> onGathered = (op, answer) -> {
    };

    GatherFlow(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Sends {@code op} to every online node of {@code nodes} and answers once {@code needed} replied. */
    void ask(Operation op, List<StoreNode> nodes, int needed) {
        long online = nodes.stream().filter(node -> node.online).count();
        if (online < needed) {
            finish(op, Answer.unavailable(LB));
            return;
        }
        op.answersNeeded = needed;
        op.answersReceived = 0;
        op.answersAsked = (int) online;
        op.answersMissing = 0;
        op.gathered.clear();
        op.best = null;
        op.answered = false;
        int attempt = op.attempts;
        for (StoreNode node : nodes) {
            if (!node.online) {
                continue;
            }
            cluster.record(new TraceEvent.Routed(cluster.now(), op.id, node.id, "ask " + needed + " of " + online));
            cluster.send(op, Message.Kind.REQUEST, LB, node.id, op.requestLabel(), () -> {
                op.touch(node.id);
                if (!node.online) {
                    Answer down = Answer.unavailable(node.id);
                    cluster.send(op, Message.Kind.ANSWER, node.id, LB, down.label(), () -> missing(op, attempt));
                    return;
                }
                Answer answer = op.kind == OpKind.LIST ? node.list(op.key) : node.get(op.key);
                SortedMap<String, StoredObject> index = op.kind == OpKind.LIST ? node.index(op.key) : null;
                cluster.send(op, Message.Kind.ANSWER, node.id, LB, answer.label(), () -> collect(op, attempt, answer, index));
            });
        }
        if (cluster.strategy.sync().onOffline() == SyncReplication.OnOffline.TIMEOUT) {
            long timeout = Math.round(cluster.strategy.sync().timeoutMillis() * 1_000);
            op.timeout = cluster.simulation.after(timeout, () -> {
                if (!op.answered && op.attempts == attempt) {
                    cluster.record(new TraceEvent.TimedOut(cluster.now(), op.id));
                    finish(op, Answer.unavailable(LB));
                }
            });
        }
    }

    /** A node went offline before answering: once too few can still answer, the read fails with 503. */
    private void missing(Operation op, int attempt) {
        if (op.answered || op.attempts != attempt) {
            return;
        }
        op.answersMissing++;
        if (op.answersAsked - op.answersMissing < op.answersNeeded) {
            finish(op, Answer.unavailable(LB));
        }
    }

    /** One node answered; {@code index} is its copy of every key under a LIST's prefix (null for a GET). */
    private void collect(Operation op, int attempt, Answer answer, SortedMap<String, StoredObject> index) {
        if (op.answered || op.attempts != attempt) {
            return;
        }
        op.answersReceived++;
        if (index != null) {
            index.forEach((key, copy) -> op.gathered.merge(key, copy, (a, b) -> b.version() > a.version() ? b : a));
        }
        op.best = op.best == null ? answer : merge(op.kind, op.best, answer);
        if (op.answersReceived >= op.answersNeeded) {
            finish(op, op.kind == OpKind.LIST ? liveKeys(op.best.node(), op.gathered) : op.best);
        }
    }

    /** The listing of a gathered LIST: each key whose newest copy among the answers is not a tombstone. */
    private static Answer liveKeys(String node, SortedMap<String, StoredObject> newest) {
        SortedMap<String, Long> listed = new TreeMap<>();
        for (StoredObject copy : newest.values()) {
            if (!copy.deleted()) {
                listed.put(copy.key(), copy.version());
            }
        }
        return Answer.listing(node, listed);
    }

    private void finish(Operation op, Answer answer) {
        op.answered = true;
        op.cancelTimeout();
        cluster.send(op, Message.Kind.ANSWER, LB, op.user.name, answer.label(), () -> onGathered.accept(op, answer));
    }

    /**
     * The newer of two GET answers; for LIST, the union keeping each key's newest version (the
     * listing a gathered LIST returns is built from the answers' indexes instead, tombstones included).
     */
    static Answer merge(OpKind kind, Answer a, Answer b) {
        if (kind == OpKind.LIST) {
            SortedMap<String, Long> union = new TreeMap<>(a.listed());
            b.listed().forEach((key, version) -> union.merge(key, version, Math::max));
            return Answer.listing(a.node(), union);
        }
        return b.version() > a.version() ? b : a;
    }
}
