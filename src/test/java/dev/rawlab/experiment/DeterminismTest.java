package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same seed, same numbers, at one thread or two; another seed, other numbers. */
class DeterminismTest {

    private static final long[] T_MICROS = {0, 5_000, 20_000, 60_000};
    private static final int TRIALS = 3 * ExperimentRunner.CHUNK_TRIALS + 17;

    private static StoreTrial storeTrial() {
        StoreConfig config = StoreConfig.of(Topology.OBJECT_STORE, 3)
                .withLags(List.of(LatencyDistribution.parse("exp:10"), LatencyDistribution.parse("exp:30")))
                .withNetwork(LatencyDistribution.parse("uniform:0.5:2"));
        return new StoreTrial(config, ObjectKind.NEW);
    }

    private static WarsTrial quorumTrial() {
        return new WarsTrial(WarsModel.Profile.WAN.model(), 3, 1, 2, ObjectKind.OVERWRITE);
    }

    @Test
    void theFullStoreGivesTheSameNumbersAtOneAndTwoThreads() {
        ExperimentResult one = ExperimentRunner.run(storeTrial(), T_MICROS, TRIALS, 99, 1);
        ExperimentResult two = ExperimentRunner.run(storeTrial(), T_MICROS, TRIALS, 99, 2);

        assertThat(two).isEqualTo(one);
        assertThat(one.points().get(1).p404()).isBetween(0.05, 0.95);
    }

    @Test
    void theQuorumFastPathGivesTheSameNumbersAtOneAndTwoThreads() {
        ExperimentResult one = ExperimentRunner.run(quorumTrial(), T_MICROS, TRIALS, 99, 1);
        ExperimentResult two = ExperimentRunner.run(quorumTrial(), T_MICROS, TRIALS, 99, 2);

        assertThat(two).isEqualTo(one);
    }

    @Test
    void anotherSeedGivesOtherNumbers() {
        ExperimentResult one = ExperimentRunner.run(storeTrial(), T_MICROS, TRIALS, 99, 2);
        ExperimentResult other = ExperimentRunner.run(storeTrial(), T_MICROS, TRIALS, 100, 2);

        assertThat(other.points()).isNotEqualTo(one.points());
    }

    @Test
    void trialSeedsDependOnTheExperimentSeedAndTheIndexOnly() {
        assertThat(TrialSeeds.seed(42, 7)).isEqualTo(TrialSeeds.seed(42, 7));
        assertThat(TrialSeeds.seed(42, 7)).isNotEqualTo(TrialSeeds.seed(42, 8));
        assertThat(TrialSeeds.seed(42, 7)).isNotEqualTo(TrialSeeds.seed(43, 7));
    }
}
