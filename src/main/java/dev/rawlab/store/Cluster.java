package dev.rawlab.store;

import dev.rawlab.sim.Concern;
import dev.rawlab.sim.RandomStreams;
import dev.rawlab.sim.Simulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The state every flow shares: the clock, the nodes, the load balancer, the cache, the network,
 * the users, the per-key version counter, the current strategy and the trace. Also the small
 * helpers the flows have in common (sending, routing pools, completing an operation).
 */
final class Cluster {

    /** How fast a replica drains its backlog after coming back online: one entry per this many microseconds. */
    static final long DRAIN_STEP_MICROS = 2_000;

    final StoreConfig config;
    final Topology topology;
    final Simulation simulation = new Simulation();
    final RandomStreams streams;
    final Network network;
    final StoreNode primary;
    final List<StoreNode> nodes = new ArrayList<>();
    final List<StoreNode> copies = new ArrayList<>();
    final Map<String, StoreNode> byId = new HashMap<>();
    final LoadBalancer loadBalancer;
    final EdgeCache cache;
    final TreeMap<String, UserSession> users = new TreeMap<>();
    final Map<String, Long> versions = new HashMap<>();
    final Map<Long, Operation> waitingWrites = new HashMap<>();
    final RandomGenerator retryRandom;
    final Trace trace;
    Strategy strategy;
    private long nextOperationId = 1;

    Cluster(StoreConfig config, boolean detailedTrace) {
        this.config = config;
        this.topology = config.topology();
        this.streams = new RandomStreams(config.seed());
        this.network = new Network(simulation, streams.stream(Concern.NETWORK), config.network());
        this.retryRandom = streams.stream(Concern.CLIENT_RETRY);
        this.trace = new Trace(detailedTrace);
        this.strategy = config.strategy();
        if (topology.hasPrimary()) {
            primary = new StoreNode(StoreConfig.PRIMARY, NodeRole.PRIMARY, -1, config.lag(0), streams.stream(Concern.REPLICATION_LAG, 1_000));
            nodes.add(primary);
        } else {
            primary = null;
        }
        NodeRole role = switch (topology) {
            case MULTI_WRITER -> NodeRole.WRITABLE_REPLICA;
            case PARTITIONED -> NodeRole.PARTITION;
            case QUORUM -> NodeRole.QUORUM_MEMBER;
            default -> NodeRole.REPLICA;
        };
        for (int i = 0; i < config.nodes(); i++) {
            StoreNode node = new StoreNode(StoreConfig.nodeName(i), role, i, config.lag(i), streams.stream(Concern.REPLICATION_LAG, i));
            nodes.add(node);
            copies.add(node);
        }
        nodes.forEach(node -> byId.put(node.id, node));
        List<StoreNode> pool = copies.isEmpty() ? List.of(primary) : copies;
        this.loadBalancer = new LoadBalancer(streams.stream(Concern.LOAD_BALANCER), pool);
        this.cache = new EdgeCache(Math.round(config.cacheTtlMillis() * 1_000));
        for (UserSpec spec : config.users()) {
            UserSession session = new UserSession(spec.name(), spec.id());
            users.put(spec.name(), session);
            loadBalancer.assignment(session);
        }
    }

    long now() {
        return simulation.nowMicros();
    }

    /** The user called {@code name}, created with the next free id on first sight. */
    UserSession user(String name) {
        UserSession existing = users.get(name);
        if (existing != null) {
            return existing;
        }
        int nextId = users.values().stream().mapToInt(user -> user.id).max().orElse(0) + 1;
        UserSession created = new UserSession(name, nextId);
        users.put(name, created);
        loadBalancer.assignment(created);
        return created;
    }

    StoreNode node(String id) {
        return byId.get(id);
    }

    /** Every node id, in display order. */
    List<String> byIdSorted() {
        List<String> ids = new ArrayList<>();
        nodes.forEach(node -> ids.add(node.id));
        return ids;
    }

    long nextOperationId() {
        return nextOperationId++;
    }

    /** The next version of {@code key}: versions of a key grow across the whole store. */
    long nextVersion(String key) {
        return versions.merge(key, 1L, Long::sum);
    }

    /** Sends a message on behalf of {@code op}, counting it. */
    void send(Operation op, Message.Kind kind, String from, String to, String label, Runnable onArrive) {
        op.messages++;
        Message message = network.send(op.id, kind, from, to, label, onArrive);
        if (trace.detailed()) {
            trace.add(new TraceEvent.Sent(message));
        }
    }

    /** Online nodes of the load balancer's pool not yet tried by {@code op}, in pool order. */
    List<StoreNode> candidates(Operation op) {
        List<StoreNode> candidates = new ArrayList<>();
        for (StoreNode node : loadBalancer.pool()) {
            if (node.online && !op.tried.contains(node.id)) {
                candidates.add(node);
            }
        }
        return candidates;
    }

    /** The partition that holds {@code key}. */
    StoreNode owner(String key) {
        return loadBalancer.owner(key);
    }

    void record(TraceEvent event) {
        trace.add(event);
    }

    /**
     * Whether the trace keeps internal events. Hot paths ask first, so that a lean store (experiments,
     * benchmarks) does not build routing and replication events only to drop them.
     */
    boolean detailed() {
        return trace.detailed();
    }

    /** Ends {@code op} with {@code answer}: the user's session learns acked writes, the trace gets the record. */
    void complete(Operation op, Answer answer) {
        if (op.done) {
            return;
        }
        op.done = true;
        if (op.kind.isWrite() && answer.status() == Answer.OK) {
            op.user.acknowledge(op.key, answer.version());
        }
        boolean fromCache = StoreConfig.CACHE.equals(answer.node());
        String body = op.kind == OpKind.GET ? answer.body() : (op.kind == OpKind.PUT ? op.body : null);
        OperationRecord record = new OperationRecord(op.id, op.user.name, op.kind, op.key, answer.status(),
                answer.version(), body, answer.node(), op.touched, op.attempts, op.invokeMicros, now(),
                answer.listed(), primary != null && primary.id.equals(answer.node()), fromCache, op.messages);
        trace.add(new TraceEvent.Completed(record));
    }
}
