package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The cost model: the first node to saturate caps the store, and a million reads cost what the nodes cost meanwhile. */
class CostModelTest {

    private final CostModel model = new CostModel(1_000, 0.36);

    @Test
    void readsSpreadOverReplicasScaleWithTheirNumber() {
        assertThat(model.readsPerSecond(4, 0, 1)).isEqualTo(4_000);
        assertThat(model.readsPerSecond(8, 0, 1)).isEqualTo(8_000);
    }

    @Test
    void readsAtThePrimaryAreCappedByOneNode() {
        assertThat(model.readsPerSecond(8, 1, 0)).isEqualTo(1_000);
        // One read in ten falls back to the primary: the primary saturates at 10,000 reads a second.
        assertThat(model.readsPerSecond(16, 0.1, 0.9)).isCloseTo(10_000, within(1e-6));
        assertThat(model.readsPerSecond(4, 0.1, 0.9)).isCloseTo(4_000 / 0.9, within(1e-6));
    }

    @Test
    void aMillionReadsCostTheNodesTimeAtThatThroughput() {
        // 3 nodes at 0.36 an hour = 0.0003 a second; 1,000 reads a second: a million reads take 1,000 s.
        assertThat(model.costPerMillionReads(3, 1_000)).isCloseTo(0.3, within(1e-9));
    }
}
