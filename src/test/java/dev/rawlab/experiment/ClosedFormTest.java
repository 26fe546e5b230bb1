package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full-store experiment against formulas: one replica whose lag is exponential with mean m and no
 * network delay is stale at t with probability exp(-t/m); an exponential delay of mean d on the read's
 * way to the replica multiplies that by m/(m + d); scaling every delay by c scales t by c.
 */
class ClosedFormTest {

    private static final double LAG_MEAN_MILLIS = 20;
    private static final double READ_DELAY_MEAN_MILLIS = 10;
    private static final double[] T_MILLIS = {2, 5, 10, 20, 40};
    private static final int TRIALS = 12_000;
    private static final double STANDARD_ERRORS = 4;
    private static final long SEED = 7;

    private static StoreConfig oneReplica(String lag, String network) {
        return StoreConfig.of(Topology.OBJECT_STORE, 1)
                .withLags(List.of(LatencyDistribution.parse(lag)))
                .withNetwork(LatencyDistribution.parse(network));
    }

    private static long[] micros(double... millis) {
        long[] micros = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            micros[i] = Micros.ofMillis(millis[i]);
        }
        return micros;
    }

    @Test
    void oneReplicaWithExponentialLagIsStaleWithProbabilityExpMinusTOverM() {
        StoreTrial trial = new StoreTrial(oneReplica("exp:" + LAG_MEAN_MILLIS, "const:0"), ObjectKind.NEW);

        ExperimentResult result = ExperimentRunner.run(trial, micros(T_MILLIS), TRIALS, SEED, 2);

        for (StalenessPoint point : result.points()) {
            double expected = Math.exp(-point.tMillis() / LAG_MEAN_MILLIS);
            assertThat(point.p404())
                    .as("P(404) at t=%s ms", point.tMillis())
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(STANDARD_ERRORS * se(expected)));
            assertThat(point.pOld()).isZero();
        }
    }

    @Test
    void anExponentialDelayOnTheReadsWayMultipliesTheStaleShareByMOverMPlusD() {
        StoreTrial trial = new StoreTrial(oneReplica("exp:" + LAG_MEAN_MILLIS, "const:0"), ObjectKind.NEW,
                LatencyDistribution.parse("exp:" + READ_DELAY_MEAN_MILLIS));

        ExperimentResult result = ExperimentRunner.run(trial, micros(T_MILLIS), TRIALS, SEED, 2);

        double factor = LAG_MEAN_MILLIS / (LAG_MEAN_MILLIS + READ_DELAY_MEAN_MILLIS);
        for (StalenessPoint point : result.points()) {
            double expected = Math.exp(-point.tMillis() / LAG_MEAN_MILLIS) * factor;
            assertThat(point.pStale())
                    .as("P(stale) at t=%s ms", point.tMillis())
                    .isCloseTo(expected, org.assertj.core.data.Offset.offset(STANDARD_ERRORS * se(expected)));
        }
    }

    @Test
    void scalingEveryDelayByCScalesTimeByC() {
        double c = 3;
        StoreConfig base = StoreConfig.of(Topology.OBJECT_STORE, 2)
                .withLags(List.of(LatencyDistribution.parse("exp:10"), LatencyDistribution.parse("uniform:20:60")))
                .withNetwork(LatencyDistribution.parse("exp:1"));
        StoreConfig scaled = StoreConfig.of(Topology.OBJECT_STORE, 2)
                .withLags(List.of(LatencyDistribution.parse("exp:" + 10 * c), LatencyDistribution.parse("uniform:60:180")))
                .withNetwork(LatencyDistribution.parse("exp:" + c));
        double[] t = {0, 5, 10, 20, 40};
        double[] tScaled = {0, 5 * c, 10 * c, 20 * c, 40 * c};

        ExperimentResult small = ExperimentRunner.run(new StoreTrial(base, ObjectKind.OVERWRITE), micros(t), 4_000, SEED, 1);
        ExperimentResult large = ExperimentRunner.run(new StoreTrial(scaled, ObjectKind.OVERWRITE), micros(tScaled), 4_000, SEED, 1);

        assertThat(small.points().get(0).pOld()).isBetween(0.2, 0.99);
        for (int i = 0; i < t.length; i++) {
            StalenessPoint a = small.points().get(i);
            StalenessPoint b = large.points().get(i);
            // The same seeds draw the same uniforms, so only rounding to whole microseconds can differ.
            assertThat(b.pOld()).as("P(old body) at t=%s ms and %s ms", a.tMillis(), b.tMillis())
                    .isCloseTo(a.pOld(), org.assertj.core.data.Offset.offset(0.002));
        }
        assertThat(large.readLatency().p50Millis()).isCloseTo(small.readLatency().p50Millis() * c,
                org.assertj.core.data.Offset.offset(0.01));
    }

    private static double se(double p) {
        return Math.sqrt(p * (1 - p) / TRIALS);
    }
}
