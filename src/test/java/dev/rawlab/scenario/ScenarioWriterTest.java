package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.Session;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.Topology;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shipped preset, written out by {@link ScenarioWriter} to a real file and loaded back by
 * {@link ScenarioLoader}, gives an equal config and action list, and plays to the same trace.
 */
class ScenarioWriterTest {

    @TempDir
    Path folder;

    static java.util.stream.Stream<Path> presetFiles() throws IOException {
        return PresetScenariosTest.presetFiles();
    }

    private Scenario writeAndLoad(String name, String title, StoreConfig config, List<TimedAction> actions) throws IOException {
        Path file = folder.resolve(name + ".json");
        ScenarioWriter.write(file, name, title, config, actions);
        LoadedFile loaded = ScenarioLoader.load(file);
        assertThat(loaded.problems()).as("problems reading back %s", file).isEmpty();
        return loaded.scenario().orElseThrow();
    }

    /** The whole trace of {@code config} and {@code actions} played until {@code micros}. */
    private static String trace(StoreConfig config, List<TimedAction> actions, long micros) {
        Session session = new Session(config, actions);
        session.advanceTo(micros);
        return session.store().trace().text();
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void presetReadsBackEqualAndPlaysTheSameTrace(Path preset) throws IOException {
        Scenario original = ScenarioLoader.load(preset).scenario().orElseThrow();

        Scenario again = writeAndLoad(original.name(), original.title(), original.config(), original.actions());

        assertThat(again.name()).isEqualTo(original.name());
        assertThat(again.title()).isEqualTo(original.title());
        assertThat(again.config()).isEqualTo(original.config());
        assertThat(again.actions()).isEqualTo(original.actions());
        long end = original.actions().stream().mapToLong(TimedAction::atMicros).max().orElse(0) + 2 * Micros.PER_SECOND;
        String trace = trace(original.config(), original.actions(), end);
        assertThat(trace(again.config(), again.actions(), end)).isEqualTo(trace);
        assertThat(trace).contains("op#");
    }

    @Test
    void timesKeepEveryMicrosecondAndNumbersHaveNoNeedlessFraction() throws IOException {
        StoreConfig config = StoreConfig.of(Topology.OBJECT_STORE, 2).withCacheTtlMillis(2.5).withSeed(7);
        List<TimedAction> actions = List.of(
                new TimedAction(0, new Action.Put("alice", "k", "v1")),
                new TimedAction(12_345, new Action.Get("alice", "k", "B", false)),
                new TimedAction(1_000_001, new Action.SetCache(100)),
                new TimedAction(1_000_001, new Action.SetLag("A", LatencyDistribution.parse("uniform:0.235:12.5"))));

        String text = ScenarioWriter.write("times", null, config, actions);
        Scenario again = writeAndLoad("times", null, config, actions);

        assertThat(text).contains("\"atMillis\": 12.345").contains("\"atMillis\": 1000.001").contains("\"ttlMillis\": 100\n")
                .contains("\"cacheTtlMillis\": 2.5").endsWith("}\n").doesNotContain("\r");
        assertThat(again.actions()).isEqualTo(actions);
        // StoreConfig.of keeps one lag for both replicas; the file names each replica's lag.
        assertThat(again.config()).isEqualTo(config.withLags(List.of(config.lag(0), config.lag(1))));
    }

    @Test
    void aStoreWithoutReplicasKeepsItsLag() throws IOException {
        StoreConfig config = StoreConfig.of(Topology.OBJECT_STORE, 0).withLags(List.of(LatencyDistribution.parse("exp:20")));

        assertThat(writeAndLoad("alone", "Alone", config, List.of()).config()).isEqualTo(config);
    }
}
