package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Every preset in {@code lessons/scenarios/} loads without a problem, reads well for a teacher, pins
 * its outcome with expectations, and meets them when played. The list comes from the folder, so a
 * new preset is tested as soon as it is added.
 */
class PresetScenariosTest {

    static final Path FOLDER = Path.of("lessons", "scenarios");

    static Stream<Path> presetFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    private static Scenario load(Path file) {
        LoadedFile loaded = ScenarioLoader.load(file);
        assertThat(loaded.problems()).as("problems of %s", file).isEmpty();
        return loaded.scenario().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void presetLoadsUnderItsFileNameWithTitleAndSummary(Path file) {
        Scenario scenario = load(file);

        assertThat(scenario.name()).isEqualTo(ScenarioLoader.defaultName(file.toString()));
        assertThat(scenario.title()).isNotBlank().isNotEqualTo(scenario.name());
        assertThat(scenario.summary().split("\\s+").length).as("words in the summary").isGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void presetMeetsEveryExpectationItPins(Path file) {
        Scenario scenario = load(file);
        ScenarioRun run = ScenarioPlayer.play(scenario);

        List<ExpectationResult> results = ExpectationCheck.check(run, run.check());

        assertThat(results).as("expectations of %s", file).isNotEmpty();
        assertThat(results).allSatisfy(result -> assertThat(result.differences())
                .as("action %d of %s: %s", result.expectation().actionIndex(), file, result.seen())
                .isEmpty());
    }

    @ParameterizedTest
    @MethodSource("presetFiles")
    void presetPlaysToTheSameTraceTwice(Path file) {
        Scenario scenario = load(file);

        assertThat(ScenarioPlayer.play(scenario).store().trace().text())
                .isEqualTo(ScenarioPlayer.play(scenario).store().trace().text());
    }

    @Test
    void theClasspathOffersExactlyThePresetsOfTheFolder() throws IOException {
        List<String> inFolder = presetFiles().map(path -> ScenarioLoader.defaultName(path.toString())).toList();

        ScenarioCatalog catalog = Presets.load();

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.scenarios()).extracting(Scenario::name).containsExactlyElementsOf(inFolder);
    }

    @Test
    void theFolderHoldsEveryPresetTheSourcesCallFor() throws IOException {
        List<String> names = presetFiles().map(path -> ScenarioLoader.defaultName(path.toString())).toList();

        assertThat(names).contains("avatar-story", "avatar-retry", "avatar-consistent-read", "overwrite-old-body",
                "list-missing", "cached-404", "multi-writer-bouncing", "multi-writer-sticky", "multi-writer-sync",
                "sticky-reassignment", "lazy-lookup", "partitioned", "sync-replica-down", "sync-replica-down-wait",
                "s3-strong", "quorum-r1-w1", "quorum-r2-w2", "single-node", "other-viewer", "monotonic-reads",
                "version-token");
    }
}
