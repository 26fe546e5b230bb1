package dev.rawlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: the exact bytes {@code raw-lab run PRESET --json} prints for every preset, kept in
 * {@code src/test/resources/golden/PRESET.json}. A change in the simulation, the checker or the
 * presets that moves any number shows up here.
 *
 * <p>After a deliberate change, regenerate them and review the diff:
 * {@code mvn -B test -Dtest=RunJsonGoldenTest -Dgolden.update=true}
 */
class RunJsonGoldenTest {

    private static final Path PRESETS = Path.of("lessons", "scenarios");
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    static Stream<String> presets() throws IOException {
        try (Stream<Path> files = Files.list(PRESETS)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".json"))
                    .map(name -> name.substring(0, name.length() - ".json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("presets")
    void jsonOfPresetMatchesItsGoldenFile(String preset) throws IOException {
        CommandRun run = CommandRun.of("run", preset, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path golden = GOLDEN.resolve(preset + ".json");

        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
        }

        assertThat(golden).as("golden file; create it with -Dgolden.update=true").exists();
        assertThat(run.out().getBytes(StandardCharsets.UTF_8)).isEqualTo(Files.readAllBytes(golden));
    }
}
