package dev.rawlab.experiment;

import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StrategyRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the trade-off table of the sources instead of asserting it: for the eventual store and
 * each {@link Fix}, runs the PUT-then-read experiment on the full store (new key and overwrite), and
 * reads off the read latency, the staleness window, the work per read and so the read throughput
 * (at the scene's replica count and at {@value #GROWN_REPLICAS}) and the cost per million reads.
 * Fixes the scene's topology refuses are left out.
 */
public final class TradeoffTable {

    /** The larger replica count the throughput is measured at as well. */
    public static final int GROWN_REPLICAS = 8;
    /** A point counts as fresh when at most this share of its reads is stale. */
    public static final double FRESH_ENOUGH = 0.001;
    /** The default grid of times after the acknowledgement, in ms. */
    public static final double[] DEFAULT_T_MILLIS = {0, 1, 2, 5, 10, 20, 50, 75, 80, 100, 200, 500};

    private TradeoffTable() {
    }

    /** One row per fix the scene's topology allows, in the order of {@link Fix}. */
    public static List<TradeoffRow> measure(StoreConfig scene, long[] tMicros, int trials, long seed, int threads,
                                            CostModel cost) {
        List<TradeoffRow> rows = new ArrayList<>();
        for (Fix fix : Fix.values()) {
            StoreConfig config = scene.withStrategy(fix.apply(scene.strategy()));
            if (!StrategyRules.problems(config.strategy(), config.topology(), config.nodes()).isEmpty()) {
                continue;
            }
            ExperimentResult fresh = ExperimentRunner.run(new StoreTrial(config, ObjectKind.NEW), tMicros, trials, seed, threads);
            ExperimentResult over = ExperimentRunner.run(new StoreTrial(config, ObjectKind.OVERWRITE), tMicros, trials, seed, threads);
            StoreConfig grown = config.withLags(growLags(config, GROWN_REPLICAS));
            grown = new StoreConfig(grown.topology(), GROWN_REPLICAS, grown.lags(), grown.network(), grown.users(),
                    grown.cacheTtlMillis(), grown.strategy(), grown.seed());
            ExperimentResult bigger = ExperimentRunner.run(new StoreTrial(grown, ObjectKind.NEW), tMicros, trials, seed, threads);
            int replicas = config.nodes();
            double throughput = cost.readsPerSecond(replicas, fresh.primaryVisitsPerRead(), fresh.replicaVisitsPerRead());
            double grownThroughput = cost.readsPerSecond(GROWN_REPLICAS, bigger.primaryVisitsPerRead(), bigger.replicaVisitsPerRead());
            int nodes = replicas + (config.topology().hasPrimary() ? 1 : 0);
            rows.add(new TradeoffRow(fix, fresh, over, window(fresh, over), throughput, grownThroughput,
                    cost.costPerMillionReads(nodes, throughput)));
        }
        return rows;
    }

    /** The scene's lags for {@code replicas} replicas: the listed ones, the last repeated. */
    private static List<dev.rawlab.sim.LatencyDistribution> growLags(StoreConfig config, int replicas) {
        List<dev.rawlab.sim.LatencyDistribution> lags = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            lags.add(config.lag(i));
        }
        return lags;
    }

    private static double window(ExperimentResult fresh, ExperimentResult over) {
        StalenessPoint a = fresh.freshFrom(FRESH_ENOUGH);
        StalenessPoint b = over.freshFrom(FRESH_ENOUGH);
        if (a == null || b == null) {
            return Double.NaN;
        }
        return Math.max(a.tMillis(), b.tMillis());
    }
}
