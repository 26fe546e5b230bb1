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
            if (allowed(scene, fix)) {
                rows.add(measure(scene, fix, tMicros, trials, seed, threads, cost, Progress.NONE));
            }
        }
        return rows;
    }

    /** Whether the scene's topology accepts {@code fix}. */
    public static boolean allowed(StoreConfig scene, Fix fix) {
        return StrategyRules.problems(fix.apply(scene.strategy()), scene.topology(), scene.nodes()).isEmpty();
    }

    /** Trials one row runs: new key and overwrite at the scene's size, new key at the grown size. */
    public static long trialsPerRow(int trials) {
        return 3L * trials;
    }

    /** The row of one fix (which the scene must allow), reporting each chunk of trials to {@code progress}. */
    public static TradeoffRow measure(StoreConfig scene, Fix fix, long[] tMicros, int trials, long seed, int threads,
                                      CostModel cost, Progress progress) {
        StoreConfig config = scene.withStrategy(fix.apply(scene.strategy()));
        ExperimentResult fresh = ExperimentRunner.run(new StoreTrial(config, ObjectKind.NEW), tMicros, trials, seed, threads, progress);
        ExperimentResult over = ExperimentRunner.run(new StoreTrial(config, ObjectKind.OVERWRITE), tMicros, trials, seed, threads, progress);
        StoreConfig grown = new StoreConfig(config.topology(), GROWN_REPLICAS, growLags(config, GROWN_REPLICAS),
                config.network(), config.users(), config.cacheTtlMillis(), config.strategy(), config.seed());
        ExperimentResult bigger = ExperimentRunner.run(new StoreTrial(grown, ObjectKind.NEW), tMicros, trials, seed, threads, progress);
        int replicas = config.nodes();
        double throughput = cost.readsPerSecond(replicas, fresh.primaryVisitsPerRead(), fresh.replicaVisitsPerRead());
        double grownThroughput = cost.readsPerSecond(GROWN_REPLICAS, bigger.primaryVisitsPerRead(), bigger.replicaVisitsPerRead());
        int nodes = replicas + (config.topology().hasPrimary() ? 1 : 0);
        return new TradeoffRow(fix, fresh, over, window(fresh, over), throughput, grownThroughput,
                cost.costPerMillionReads(nodes, throughput));
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
