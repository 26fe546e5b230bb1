package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import dev.rawlab.store.UserSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link StoreConfig} of a scenario file: topology (required), node count, lags, network,
 * users, cache, seed and starting strategy, recording a problem at each field that is wrong.
 */
final class ConfigBuilder {

    /** Seed of a file that names none. */
    static final long DEFAULT_SEED = 1;
    /** Nodes besides the primary when a file names no count (a quorum gets N = 3). */
    static final int DEFAULT_NODES = 2;
    static final int DEFAULT_QUORUM_NODES = 3;

    private ConfigBuilder() {
    }

    /**
     * The store config. Every problem is recorded; a part that is wrong is replaced by its default
     * so that the rest of the file (actions, expectations) can still be checked against the store.
     * Null only when the topology or the node count is unusable, since nothing else can be checked then.
     */
    static StoreConfig build(ScenarioFile file, ProblemList problems) {
        Topology topology = topology(file.topology(), problems);
        if (topology == null) {
            return null;
        }
        Integer nodes = nodes(file.nodes(), topology, problems);
        LatencyDistribution lag = FieldReader.distribution(file.lag(), StoreConfig.DEFAULT_LAG, "lag", problems);
        LatencyDistribution network = FieldReader.distribution(file.network(), StoreConfig.DEFAULT_NETWORK, "network", problems);
        List<UserSpec> users = users(file.users(), problems);
        double cacheTtl = file.cacheTtlMillis() == null ? 0 : file.cacheTtlMillis();
        if (cacheTtl < 0) {
            problems.add("cacheTtlMillis", Text.of("scenario.negative", FieldReader.number(cacheTtl)));
            cacheTtl = 0;
        }
        Strategy strategy = StrategyBuilder.build(file.strategy(), "strategy", problems);
        if (nodes == null) {
            return null;
        }
        if (strategy != null) {
            StrategyBuilder.checkRules(strategy, topology, nodes, "strategy", problems);
        }
        List<LatencyDistribution> lags = lags(file.lags(), lag == null ? StoreConfig.DEFAULT_LAG : lag, topology, nodes, problems);
        long seed = file.seed() == null ? DEFAULT_SEED : file.seed();
        return new StoreConfig(topology, nodes, lags, network == null ? StoreConfig.DEFAULT_NETWORK : network, users,
                cacheTtl, strategy == null ? Strategy.EVENTUAL : strategy, seed);
    }

    private static Topology topology(String text, ProblemList problems) {
        if (text == null) {
            problems.add("topology", Text.of("scenario.topologyMissing", choices()));
            return null;
        }
        return FieldReader.choice(text, null, Topology.values(), Topology::fileName, "topology", problems);
    }

    private static String choices() {
        List<String> names = new ArrayList<>();
        for (Topology topology : Topology.values()) {
            names.add(topology.fileName());
        }
        return String.join(", ", names);
    }

    /** The node count, or null after recording that it is out of range. */
    private static Integer nodes(Integer written, Topology topology, ProblemList problems) {
        if (written == null) {
            return switch (topology) {
                case SINGLE_NODE -> 0;
                case QUORUM -> DEFAULT_QUORUM_NODES;
                default -> DEFAULT_NODES;
            };
        }
        if (written < topology.minNodes() || written > topology.maxNodes()) {
            problems.add("nodes", Text.of("scenario.nodeCount", topology.fileName(), String.valueOf(topology.minNodes()),
                    String.valueOf(topology.maxNodes()), String.valueOf(written)));
            return null;
        }
        return written;
    }

    /**
     * One lag per non-primary node: the per-node override if written, else the default lag. A store
     * with no such node keeps the default lag alone, so that a saved store reads back equal.
     */
    private static List<LatencyDistribution> lags(Map<String, String> written, LatencyDistribution lag, Topology topology,
                                                  int nodes, ProblemList problems) {
        List<LatencyDistribution> lags = new ArrayList<>();
        if (nodes == 0) {
            lags.add(lag);
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < Math.max(nodes, 0); i++) {
            String name = StoreConfig.nodeName(i);
            names.add(name);
            String text = written == null ? null : written.get(name);
            LatencyDistribution own = FieldReader.distribution(text, lag, "lags." + name, problems);
            lags.add(own == null ? lag : own);
        }
        if (written != null) {
            for (String name : written.keySet()) {
                if (!names.contains(name)) {
                    problems.add("lags." + name, Text.of("scenario.lagNode", name,
                            NodeNames.of(topology, nodes).replicas()));
                }
            }
        }
        return lags;
    }

    private static List<UserSpec> users(List<ScenarioFile.UserEntry> entries, ProblemList problems) {
        if (entries == null) {
            return StoreConfig.DEFAULT_USERS;
        }
        List<UserSpec> users = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        int nextId = entries.stream().mapToInt(entry -> entry.id() == null ? 0 : entry.id()).max().orElse(0) + 1;
        for (int i = 0; i < entries.size(); i++) {
            ScenarioFile.UserEntry entry = entries.get(i);
            String path = "users[" + i + "]";
            if (entry.name() == null || entry.name().isBlank()) {
                problems.add(path + ".name", Text.of("scenario.userName"));
                continue;
            }
            int id = entry.id() == null ? nextId++ : entry.id();
            if (id < 1) {
                problems.add(path + ".id", Text.of("scenario.userId", String.valueOf(id)));
            } else if (!names.add(entry.name())) {
                problems.add(path + ".name", Text.of("scenario.userTwice", entry.name()));
            } else if (!ids.add(id)) {
                problems.add(path + ".id", Text.of("scenario.userIdTwice", String.valueOf(id)));
            } else {
                users.add(new UserSpec(entry.name(), id));
            }
        }
        return users;
    }
}
