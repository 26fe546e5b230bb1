package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rawlab.sim.LatencyDistribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The WARS fast path: a strict quorum (W + R > N) is never stale, even at t = 0; a partial quorum is
 * stale less and less as t grows; the paper's LNKD-SSD figure comes out; scaling every delay scales t.
 */
class WarsTrialTest {

    private static final long[] T_MICROS = {0, 500, 1_000, 2_000, 5_000, 20_000, 100_000};
    private static final int TRIALS = 20_000;

    @Test
    void aStrictQuorumIsNeverStaleEvenRightAfterTheWrite() {
        for (WarsModel.Profile profile : WarsModel.Profile.values()) {
            for (int[] nrw : List.of(new int[] {3, 2, 2}, new int[] {3, 1, 3}, new int[] {5, 3, 3}, new int[] {3, 3, 1})) {
                WarsTrial trial = new WarsTrial(profile.model(), nrw[0], nrw[1], nrw[2], ObjectKind.NEW);
                assertThat(trial.strict()).isTrue();

                ExperimentResult result = ExperimentRunner.run(trial, new long[] {0}, 5_000, 3, 1);

                assertThat(result.points().get(0).pSeesWrite()).as("%s N=%d R=%d W=%d", profile, nrw[0], nrw[1], nrw[2])
                        .isEqualTo(1.0);
            }
        }
    }

    @Test
    void aPartialQuorumIsStaleLessAndLessAsTimeGoesOn() {
        WarsTrial trial = new WarsTrial(WarsModel.Profile.LNKD_DISK.model(), 3, 1, 1, ObjectKind.OVERWRITE);

        ExperimentResult result = ExperimentRunner.run(trial, T_MICROS, TRIALS, 11, 2);

        List<StalenessPoint> points = result.points();
        assertThat(points.get(0).pOld()).isGreaterThan(0.1);
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).pOld()).as("t=%s ms", points.get(i).tMillis())
                    .isLessThanOrEqualTo(points.get(i - 1).pOld());
        }
        assertThat(points.get(3).pOld()).isLessThan(points.get(0).pOld());
        assertThat(points.get(points.size() - 1).pOld()).isLessThan(0.01);
        assertThat(points.get(0).p404()).isZero();
    }

    @Test
    void lnkdSsdWithOneReplicaReadAndWrittenMatchesThePaper() {
        // PBS, VLDB 2012: LNKD-SSD, N=3, R=W=1 gives a consistent read right after the commit about 97.4 % of the time.
        WarsTrial trial = new WarsTrial(WarsModel.Profile.LNKD_SSD.model(), 3, 1, 1, ObjectKind.NEW);

        ExperimentResult result = ExperimentRunner.run(trial, new long[] {0}, 100_000, 5, 2);

        assertThat(result.points().get(0).pSeesWrite()).isBetween(0.965, 0.983);
    }

    @Test
    void scalingEveryDelayByCScalesTimeByC() {
        double c = 4;
        WarsTrial base = new WarsTrial(WarsModel.uniform(LatencyDistribution.parse("exp:2")), 3, 1, 1, ObjectKind.NEW);
        WarsTrial scaled = new WarsTrial(WarsModel.uniform(LatencyDistribution.parse("exp:" + 2 * c)), 3, 1, 1, ObjectKind.NEW);
        long[] t = {0, 1_000, 3_000};
        long[] tScaled = {0, Math.round(1_000 * c), Math.round(3_000 * c)};

        ExperimentResult a = ExperimentRunner.run(base, t, TRIALS, 8, 1);
        ExperimentResult b = ExperimentRunner.run(scaled, tScaled, TRIALS, 8, 1);

        assertThat(a.points().get(0).p404()).isGreaterThan(0.05);
        for (int i = 0; i < t.length; i++) {
            assertThat(b.points().get(i).p404()).isCloseTo(a.points().get(i).p404(), org.assertj.core.data.Offset.offset(0.002));
        }
    }

    @Test
    void theWanProfileAddsSeventyFiveMillisecondsOutsideTheWritersDatacenter() {
        WarsTrial trial = new WarsTrial(WarsModel.Profile.WAN.model(), 3, 2, 2, ObjectKind.NEW);

        ExperimentResult result = ExperimentRunner.run(trial, new long[] {0}, 5_000, 2, 1);

        // W=2 of 3 replicas in different datacenters: at least one acknowledgement crosses the WAN both ways.
        assertThat(result.writeLatency().p50Millis()).isGreaterThan(150);
        assertThat(result.readLatency().p50Millis()).isGreaterThan(150);
    }

    @Test
    void aQuorumLargerThanNIsRefused() {
        assertThatThrownBy(() -> new WarsTrial(WarsModel.Profile.YMMR.model(), 3, 4, 1, ObjectKind.NEW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
