package dev.rawlab.store;

import dev.rawlab.sim.Concern;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.sim.RandomStreams;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random runs for the property test, all from one seed: a store config (topology, node count, lags,
 * network, 2 to 4 users, maybe an edge cache, a starting strategy) and a list of timed actions
 * (puts, gets, lists, deletes on a few keys, strategy switches, lag and network changes, nodes
 * going offline and back, the cache switched). The config depends on the seed alone, so a replay
 * needs only the seed and the (shrunk) steps.
 */
final class RunGenerator {

    static final List<String> KEYS = List.of("k1", "k2", "k3");

    private RunGenerator() {
    }

    /** The config for {@code seed}; also the store's own seed. */
    static StoreConfig config(long seed) {
        RandomGenerator random = new RandomStreams(seed).stream(Concern.WORKLOAD, 0);
        Topology topology = Topology.values()[random.nextInt(Topology.values().length)];
        int nodes = switch (topology) {
            case SINGLE_NODE -> 0;
            case OBJECT_STORE, READ_REPLICAS -> random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(4);
            case MULTI_WRITER -> 2 + random.nextInt(3);
            case PARTITIONED -> 1 + random.nextInt(4);
            case QUORUM -> 1 + random.nextInt(5);
        };
        List<LatencyDistribution> lags = new ArrayList<>();
        for (int i = 0; i < Math.max(1, nodes); i++) {
            lags.add(lag(random));
        }
        int userCount = 2 + random.nextInt(3);
        List<UserSpec> users = new ArrayList<>();
        for (int i = 1; i <= userCount; i++) {
            users.add(new UserSpec("u" + i, i));
        }
        double cacheTtl = random.nextInt(4) == 0 ? cacheTtl(random) : 0;
        return new StoreConfig(topology, nodes, lags, network(random), users, cacheTtl, strategy(random, topology, nodes), seed);
    }

    /** {@code count} timed actions for a store made from {@code config}. */
    static List<Step> steps(long seed, StoreConfig config, int count) {
        RandomGenerator random = new RandomStreams(seed).stream(Concern.WORKLOAD, 1);
        List<String> nodeIds = new ArrayList<>();
        if (config.topology().hasPrimary()) {
            nodeIds.add(StoreConfig.PRIMARY);
        }
        for (int i = 0; i < config.nodes(); i++) {
            nodeIds.add(StoreConfig.nodeName(i));
        }
        List<String> replicas = nodeIds.stream().filter(id -> !id.equals(StoreConfig.PRIMARY)).toList();
        List<String> users = config.users().stream().map(UserSpec::name).toList();
        List<Step> steps = new ArrayList<>(count);
        long now = 0;
        for (int i = 0; i < count; i++) {
            now += advanceMicros(random);
            String user = users.get(random.nextInt(users.size()));
            String key = KEYS.get(random.nextInt(KEYS.size()));
            String forced = random.nextInt(10) == 0 ? nodeIds.get(random.nextInt(nodeIds.size())) : null;
            int roll = random.nextInt(100);
            Action action;
            if (roll < 26) {
                action = new Action.Put(user, key, "b" + i, forced);
            } else if (roll < 56) {
                action = new Action.Get(user, key, forced, config.topology().hasPrimary() && random.nextInt(7) == 0);
            } else if (roll < 63) {
                action = new Action.ListKeys(user, random.nextBoolean() ? "" : "k", forced);
            } else if (roll < 70) {
                action = new Action.Delete(user, key, forced);
            } else if (roll < 76) {
                Strategy strategy = random.nextInt(10) == 0 ? anyStrategy(random, config.nodes())
                        : strategy(random, config.topology(), config.nodes());
                action = new Action.SetStrategy(strategy);
            } else if (roll < 79 && !replicas.isEmpty()) {
                action = new Action.SetLag(replicas.get(random.nextInt(replicas.size())), lag(random));
            } else if (roll < 81) {
                action = new Action.SetNetwork(network(random));
            } else if (roll < 88 && !replicas.isEmpty()) {
                action = new Action.TakeOffline(replicas.get(random.nextInt(replicas.size())));
            } else if (roll < 96 && !replicas.isEmpty()) {
                action = new Action.BringOnline(replicas.get(random.nextInt(replicas.size())));
            } else if (roll < 98) {
                action = new Action.SetCache(random.nextBoolean() ? 0 : cacheTtl(random));
            } else {
                action = new Action.Get(user, key);
            }
            steps.add(new Step(now, action));
        }
        return steps;
    }

    private static long advanceMicros(RandomGenerator random) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return 0;
        } else if (roll < 55) {
            return random.nextLong(5 * Micros.PER_MILLI);
        } else if (roll < 95) {
            return random.nextLong(5 * Micros.PER_MILLI, 40 * Micros.PER_MILLI);
        }
        return random.nextLong(200 * Micros.PER_MILLI, 1_000 * Micros.PER_MILLI);
    }

    private static double cacheTtl(RandomGenerator random) {
        return new double[] {20, 100, 500}[random.nextInt(3)];
    }

    static LatencyDistribution lag(RandomGenerator random) {
        String text = switch (random.nextInt(6)) {
            case 0 -> "const:" + random.nextInt(60);
            case 1 -> {
                int low = random.nextInt(20);
                yield "uniform:" + low + ":" + (low + 1 + random.nextInt(60));
            }
            case 2 -> "exp:" + (1 + random.nextInt(60));
            case 3 -> "pareto:" + (1 + random.nextInt(10)) + ":" + new double[] {1.5, 2.5, 4}[random.nextInt(3)];
            case 4 -> "mix:0.9*const:2+0.1*exp:150";
            default -> "const:0.5";
        };
        return LatencyDistribution.parse(text);
    }

    static LatencyDistribution network(RandomGenerator random) {
        return LatencyDistribution.parse(new String[] {"const:1", "const:0", "uniform:0.2:3", "exp:1", "const:0.5"}[random.nextInt(5)]);
    }

    /** A strategy that the rules accept for {@code topology} with {@code nodes} nodes. */
    static Strategy strategy(RandomGenerator random, Topology topology, int nodes) {
        boolean primary = topology.hasPrimary();
        boolean quorum = topology == Topology.QUORUM;
        ReadMode read = primary && random.nextInt(4) == 0 ? ReadMode.PRIMARY : ReadMode.ANY_REPLICA;
        LbPolicy lb = LbPolicy.values()[random.nextInt(LbPolicy.values().length)];
        TokenMode token = TokenMode.OFF;
        if (!quorum && random.nextBoolean()) {
            token = primary ? TokenMode.values()[1 + random.nextInt(3)] : TokenMode.values()[1 + random.nextInt(2)];
        }
        RetryPolicy retry = random.nextInt(10) < 3
                ? new RetryPolicy(2 + random.nextInt(3), 5 + random.nextInt(100), 1 + random.nextInt(3) * 0.5, random.nextInt(3) * 0.2)
                : RetryPolicy.OFF;
        boolean lazy = primary && random.nextInt(10) < 3;
        SyncReplication sync = SyncReplication.ASYNC;
        if (quorum) {
            int roll = random.nextInt(10);
            sync = roll == 0 ? new SyncReplication(SyncReplication.Mode.ASYNC, 0, SyncReplication.OnOffline.WAIT, 0)
                    : new SyncReplication(SyncReplication.Mode.ASYNC, 0, SyncReplication.OnOffline.TIMEOUT, 50 + random.nextInt(1_000));
        } else if (random.nextInt(10) < 4) {
            SyncReplication.Mode mode = SyncReplication.Mode.values()[1 + random.nextInt(3)];
            SyncReplication.OnOffline onOffline = random.nextBoolean() ? SyncReplication.OnOffline.WAIT : SyncReplication.OnOffline.TIMEOUT;
            sync = new SyncReplication(mode, 1 + random.nextInt(Math.max(1, nodes)), onOffline, 20 + random.nextInt(500));
        }
        boolean strong = topology != Topology.MULTI_WRITER && !quorum && random.nextInt(4) == 0;
        int r = quorum ? 1 + random.nextInt(nodes) : 1;
        int w = quorum ? 1 + random.nextInt(nodes) : 1;
        return new Strategy(read, lb, token, retry, lazy, sync, strong, r, w);
    }

    /** A strategy with every setting at random, often one the rules refuse. */
    private static Strategy anyStrategy(RandomGenerator random, int nodes) {
        return new Strategy(ReadMode.values()[random.nextInt(2)], LbPolicy.values()[random.nextInt(4)],
                TokenMode.values()[random.nextInt(4)], new RetryPolicy(random.nextInt(12), 10, 2, 0), random.nextBoolean(),
                new SyncReplication(SyncReplication.Mode.values()[random.nextInt(4)], random.nextInt(3),
                        SyncReplication.OnOffline.values()[random.nextInt(2)], random.nextInt(2) * 100),
                random.nextBoolean(), random.nextInt(nodes + 2), random.nextInt(nodes + 2));
    }
}
