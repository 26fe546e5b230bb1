package dev.rawlab.store;

import dev.rawlab.sim.LatencyDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything that fixes a store before the first action: topology, node count, each node's
 * replication lag, the network delay per message, the users, the optional edge cache, the starting
 * strategy and the seed. Changing any of these means a new store; changing them while it runs
 * goes through actions ({@link Action.SetLag}, {@link Action.SetStrategy}, ...).
 *
 * @param nodes      replicas behind the primary (object store, read replicas), writable replicas
 *                   (multi-writer), partitions, or N (quorum); ignored for a single node
 * @param lags       replication lag per non-primary node, in node order; shorter lists repeat the last
 * @param cacheTtlMillis time an edge cache keeps an answer; 0 means no edge cache
 */
public record StoreConfig(Topology topology, int nodes, List<LatencyDistribution> lags, LatencyDistribution network,
                          List<UserSpec> users, double cacheTtlMillis, Strategy strategy, long seed) {

    /** Default network delay per message: 1 ms one way. */
    public static final LatencyDistribution DEFAULT_NETWORK = LatencyDistribution.constant(1);
    /** Default replication lag: 10 ms. */
    public static final LatencyDistribution DEFAULT_LAG = LatencyDistribution.constant(10);
    /** The writer and one other viewer. */
    public static final List<UserSpec> DEFAULT_USERS = List.of(new UserSpec("alice", 1), new UserSpec("bob", 2));

    public StoreConfig {
        Objects.requireNonNull(topology, "topology");
        lags = List.copyOf(lags.isEmpty() ? List.of(DEFAULT_LAG) : lags);
        Objects.requireNonNull(network, "network");
        users = List.copyOf(users);
        Objects.requireNonNull(strategy, "strategy");
        if (topology == Topology.SINGLE_NODE) {
            nodes = 0;
        }
        if (nodes < topology.minNodes() || nodes > topology.maxNodes()) {
            throw new IllegalArgumentException(topology.fileName() + " takes " + topology.minNodes() + " to "
                    + topology.maxNodes() + " nodes besides the primary, not " + nodes);
        }
        if (cacheTtlMillis < 0) {
            throw new IllegalArgumentException("cache TTL must not be negative: " + cacheTtlMillis);
        }
    }

    /** A store of {@code topology} with {@code nodes} nodes and every other setting at its default. */
    public static StoreConfig of(Topology topology, int nodes) {
        return new StoreConfig(topology, nodes, List.of(DEFAULT_LAG), DEFAULT_NETWORK, DEFAULT_USERS, 0, Strategy.EVENTUAL, 1);
    }

    /** The lag of non-primary node {@code index}. */
    public LatencyDistribution lag(int index) {
        return lags.get(Math.min(index, lags.size() - 1));
    }

    public boolean cacheEnabled() {
        return cacheTtlMillis > 0;
    }

    public StoreConfig withLags(List<LatencyDistribution> value) {
        return new StoreConfig(topology, nodes, value, network, users, cacheTtlMillis, strategy, seed);
    }

    public StoreConfig withLag(int index, LatencyDistribution lag) {
        List<LatencyDistribution> all = new ArrayList<>();
        for (int i = 0; i < Math.max(nodes, index + 1); i++) {
            all.add(i == index ? lag : lag(i));
        }
        return withLags(all);
    }

    public StoreConfig withNetwork(LatencyDistribution value) {
        return new StoreConfig(topology, nodes, lags, value, users, cacheTtlMillis, strategy, seed);
    }

    public StoreConfig withUsers(List<UserSpec> value) {
        return new StoreConfig(topology, nodes, lags, network, value, cacheTtlMillis, strategy, seed);
    }

    public StoreConfig withCacheTtlMillis(double value) {
        return new StoreConfig(topology, nodes, lags, network, users, value, strategy, seed);
    }

    public StoreConfig withStrategy(Strategy value) {
        return new StoreConfig(topology, nodes, lags, network, users, cacheTtlMillis, value, seed);
    }

    public StoreConfig withSeed(long value) {
        return new StoreConfig(topology, nodes, lags, network, users, cacheTtlMillis, strategy, value);
    }

    /** The id of non-primary node {@code index}: A, B, C, ... */
    public static String nodeName(int index) {
        return String.valueOf((char) ('A' + index));
    }

    /** The primary's id. */
    public static final String PRIMARY = "primary";
    /** The load balancer's id, as an end of messages. */
    public static final String LOAD_BALANCER = "lb";
    /** The edge cache's id, as an end of messages. */
    public static final String CACHE = "cache";
}
