package dev.rawlab.experiment;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.List;

/**
 * The scene the window opens with, for the headless commands: an object store with a primary and
 * two replicas, A 10 ms and B 80 ms behind, 1 ms per message, seed 42. A test holds it equal to the
 * window's own default.
 */
public final class DefaultScene {

    public static final long SEED = 42;

    private DefaultScene() {
    }

    public static StoreConfig config() {
        return StoreConfig.of(Topology.OBJECT_STORE, 2)
                .withLags(List.of(LatencyDistribution.parse("const:10"), LatencyDistribution.parse("const:80")))
                .withSeed(SEED);
    }
}
