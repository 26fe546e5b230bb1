package dev.rawlab.store;

import java.util.List;

/**
 * The way of a GET or LIST: user, edge cache (if any), load balancer, node, and back, with every
 * read-side fix applied on the way: consistent read, version token (wait, reroute or primary),
 * store-side strong consistency, lazy lookup, and retry with backoff at the user.
 */
final class ReadFlow {

    private static final String LB = StoreConfig.LOAD_BALANCER;
    private static final String CACHE = StoreConfig.CACHE;

    private final Cluster cluster;
    private final GatherFlow gather;

    ReadFlow(Cluster cluster, GatherFlow gather) {
        this.cluster = cluster;
        this.gather = gather;
        gather.onGathered = this::atUser;
    }

    /** Starts (or retries) the read. */
    void start(Operation op) {
        op.attempts++;
        op.tried.clear();
        op.viaCache = usesCache(op);
        if (op.viaCache) {
            cluster.send(op, Message.Kind.REQUEST, op.user.name, CACHE, op.requestLabel(), () -> atCache(op));
        } else {
            cluster.send(op, Message.Kind.REQUEST, op.user.name, LB, op.requestLabel(), () -> atLoadBalancer(op));
        }
    }

    /** Only plain GETs go through the cache: a consistent read must reach the primary. */
    private boolean usesCache(Operation op) {
        return cluster.cache.enabled() && op.kind == OpKind.GET && !op.consistent;
    }

    private void atCache(Operation op) {
        EdgeCache.Entry hit = cluster.cache.lookup(op.key, cluster.now());
        if (hit != null && hit.version() >= op.tokenVersion) {
            cluster.record(new TraceEvent.CacheHit(cluster.now(), op.id, op.key, hit.status(), hit.version()));
            Answer answer = new Answer(hit.status(), hit.version(), hit.body(), null, CACHE);
            cluster.send(op, Message.Kind.ANSWER, CACHE, op.user.name, answer.label(), () -> atUser(op, answer));
            return;
        }
        cluster.send(op, Message.Kind.REQUEST, CACHE, LB, op.requestLabel(), () -> atLoadBalancer(op));
    }

    private void atLoadBalancer(Operation op) {
        if (cluster.topology == Topology.QUORUM) {
            gather.ask(op, cluster.copies, cluster.strategy.readQuorum());
            return;
        }
        if (cluster.topology == Topology.PARTITIONED && op.kind == OpKind.LIST) {
            gather.ask(op, cluster.copies, cluster.copies.size());
            return;
        }
        String reason = cluster.detailed() ? routeReason(op) : null;
        StoreNode target = chooseNode(op);
        if (target == null) {
            backToUser(op, Answer.unavailable(LB));
            return;
        }
        routeTo(op, target, reason);
    }

    private void routeTo(Operation op, StoreNode target, String reason) {
        if (cluster.detailed()) {
            cluster.record(new TraceEvent.Routed(cluster.now(), op.id, target.id, reason));
        }
        cluster.send(op, Message.Kind.REQUEST, LB, target.id, op.requestLabel(), () -> atNode(op, target));
    }

    private String routeReason(Operation op) {
        if (op.forcedNode != null && !op.forcedUsed) {
            return "forced";
        }
        if (op.consistent) {
            return "consistent read";
        }
        return switch (cluster.topology) {
            case SINGLE_NODE -> "only node";
            case PARTITIONED -> "key owner";
            default -> op.tried.isEmpty() ? cluster.strategy.lbPolicy().fileName() : "token reroute";
        };
    }

    /** The node this try goes to, or null when none can serve it. */
    private StoreNode chooseNode(Operation op) {
        if (op.forcedNode != null && !op.forcedUsed) {
            op.forcedUsed = true;
            return cluster.node(op.forcedNode);
        }
        if (op.consistent || cluster.topology == Topology.SINGLE_NODE) {
            return cluster.primary;
        }
        if (cluster.topology == Topology.PARTITIONED) {
            StoreNode owner = cluster.owner(op.key);
            return owner.online ? owner : null;
        }
        List<StoreNode> candidates = cluster.candidates(op);
        StoreNode picked = cluster.loadBalancer.pick(cluster.strategy.lbPolicy(), op.user, op.key, candidates);
        if (picked == null && !op.tried.isEmpty() && cluster.primary != null) {
            return cluster.primary;
        }
        return picked;
    }

    private void atNode(Operation op, StoreNode node) {
        op.touch(node.id);
        if (!node.online) {
            answerFrom(op, node, Answer.unavailable(node.id));
            return;
        }
        boolean strong = cluster.strategy.strongConsistency() && cluster.primary != null && node != cluster.primary;
        if (op.kind == OpKind.LIST && !strong) {
            answerFrom(op, node, node.list(op.key));
            return;
        }
        if (strong) {
            checkWithPrimary(op, node);
            return;
        }
        if (op.tokenVersion > 0 && node.version(op.key) < op.tokenVersion) {
            tokenMiss(op, node);
            return;
        }
        answerFrom(op, node, node.get(op.key));
    }

    /**
     * Strong consistency: the replica asks the primary for the newest version before answering (for
     * a LIST, for the primary's index of the prefix, so a new key is never missing).
     */
    private void checkWithPrimary(Operation op, StoreNode node) {
        StoreNode primary = cluster.primary;
        if (op.kind == OpKind.LIST) {
            cluster.send(op, Message.Kind.CHECK, node.id, primary.id, "index? " + op.key, () -> {
                Answer index = primary.list(op.key);
                cluster.send(op, Message.Kind.CHECK, primary.id, node.id, index.label(),
                        () -> answerFrom(op, node, index.fromNode(node.id)));
            });
            return;
        }
        cluster.send(op, Message.Kind.CHECK, node.id, primary.id, "version? " + op.key, () -> {
            long newest = primary.version(op.key);
            Answer primaryCopy = primary.get(op.key);
            cluster.send(op, Message.Kind.CHECK, primary.id, node.id, "v" + newest, () -> {
                Answer answer = node.version(op.key) >= newest ? node.get(op.key) : primaryCopy.fromNode(node.id);
                answerFrom(op, node, answer);
            });
        });
    }

    private void tokenMiss(Operation op, StoreNode node) {
        TokenMode mode = cluster.strategy.versionToken();
        if (mode == TokenMode.OFF) {
            answerFrom(op, node, node.get(op.key));
            return;
        }
        cluster.record(new TraceEvent.TokenMiss(cluster.now(), op.id, node.id, node.version(op.key), op.tokenVersion, mode));
        boolean lastResort = mode == TokenMode.REROUTE && cluster.primary == null
                && cluster.candidates(op).stream().allMatch(candidate -> candidate == node);
        if (mode == TokenMode.WAIT || lastResort) {
            node.park(op.key, op.tokenVersion, () -> answerFrom(op, node, node.get(op.key)));
            return;
        }
        op.tried.add(node.id);
        Answer tooOld = new Answer(Answer.TOO_OLD, node.version(op.key), null, null, node.id);
        cluster.send(op, Message.Kind.ANSWER, node.id, LB, "too old", () -> {
            if (mode == TokenMode.PRIMARY) {
                routeTo(op, cluster.primary, "token fallback");
            } else {
                StoreNode next = chooseNode(op);
                if (next == null) {
                    backToUser(op, tooOld.fromNode(LB));
                } else {
                    routeTo(op, next, next == cluster.primary ? "token fallback" : "token reroute");
                }
            }
        });
    }

    private void answerFrom(Operation op, StoreNode node, Answer answer) {
        cluster.send(op, Message.Kind.ANSWER, node.id, LB, answer.label(), () -> atLoadBalancerWith(op, answer));
    }

    private void atLoadBalancerWith(Operation op, Answer answer) {
        if (answer.status() == Answer.NOT_FOUND && op.kind == OpKind.GET && cluster.strategy.lazyLookup()
                && cluster.primary != null && !cluster.primary.id.equals(answer.node()) && !op.lazyUsed) {
            op.lazyUsed = true;
            routeTo(op, cluster.primary, "lazy lookup");
            return;
        }
        backToUser(op, answer);
    }

    private void backToUser(Operation op, Answer answer) {
        if (!op.viaCache) {
            cluster.send(op, Message.Kind.ANSWER, LB, op.user.name, answer.label(), () -> atUser(op, answer));
            return;
        }
        cluster.send(op, Message.Kind.ANSWER, LB, CACHE, answer.label(), () -> {
            EdgeCache.Entry stored = cluster.cache.store(op.key, answer, cluster.now());
            if (stored != null) {
                cluster.record(new TraceEvent.CacheStored(cluster.now(), op.key, stored.status(), stored.version(), stored.expiresMicros()));
            }
            cluster.send(op, Message.Kind.ANSWER, CACHE, op.user.name, answer.label(), () -> atUser(op, answer));
        });
    }

    /** The answer reached the user: retry on 404 if the policy says so, else the read is done. */
    void atUser(Operation op, Answer answer) {
        RetryPolicy retry = cluster.strategy.retry();
        if (answer.status() == Answer.NOT_FOUND && op.kind == OpKind.GET && retry.enabled() && op.attempts < retry.attempts()) {
            long delay = retry.delayMicros(op.attempts + 1, cluster.retryRandom.nextDouble());
            cluster.record(new TraceEvent.RetryScheduled(cluster.now(), op.id, op.attempts + 1, delay));
            cluster.simulation.after(delay, () -> start(op));
            return;
        }
        Answer finished = answer.status() == Answer.TOO_OLD ? Answer.unavailable(answer.node()) : answer;
        cluster.complete(op, finished);
    }
}
