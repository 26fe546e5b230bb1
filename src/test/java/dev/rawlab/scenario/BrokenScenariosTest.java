package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken scenario files under {@code src/test/resources/broken-scenarios/}: each
 * {@code NAME.json} has a sibling {@code NAME.expected} whose first line is the exact
 * {@code FILE:LINE:COLUMN: FIELD:} prefix of a problem the file must produce, and whose second line
 * is a fragment of that problem's sentence. A broken file loads no scenario.
 */
class BrokenScenariosTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "broken-scenarios");

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void brokenFileLoadsNothingAndNamesWhereAndWhy(Path file) throws IOException {
        List<String> expected = Files.readAllLines(Path.of(file.toString().replace(".json", ".expected")), StandardCharsets.UTF_8);
        String name = file.getFileName().toString();

        LoadedFile loaded = ScenarioLoader.read(name, Files.readString(file, StandardCharsets.UTF_8));

        assertThat(loaded.scenario()).isEmpty();
        assertThat(loaded.problems()).extracting(problem -> problem.printable(Locale.ROOT))
                .anySatisfy(line -> assertThat(line).startsWith(expected.get(0) + " ").contains(expected.get(1)));
    }

    @Test
    void theCorpusCoversEveryKindOfMistakeAskedFor() throws IOException {
        List<String> names = brokenFiles().map(path -> path.getFileName().toString()).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(12).contains("unknown-field.json", "wrong-type.json",
                "bad-distribution.json", "unknown-topology.json", "unknown-node.json", "strategy-refused.json",
                "node-count.json", "negative-time.json", "expectation-out-of-range.json", "duplicate-key.json",
                "trailing-garbage.json", "syntax-error.json");
        for (String name : names) {
            assertThat(FOLDER.resolve(name.replace(".json", ".expected"))).as("expectation of %s", name).exists();
        }
    }

    @Test
    void aFileWithSeveralMistakesReportsEachOneInFileOrder() {
        String text = """
                {
                  "topology": "object-store",
                  "nodes": 2,
                  "lag": "cnst:10",
                  "actions": [
                    { "atMillis": -1, "do": "get", "user": "alice", "key": "a" },
                    { "atMillis": 0, "do": "get", "user": "alice", "key": "a", "node": "Z" }
                  ],
                  "expect": [ { "action": 9 } ]
                }
                """;

        LoadedFile loaded = ScenarioLoader.read("several.json", text);

        assertThat(loaded.problems()).extracting(ScenarioProblem::location).containsExactly(
                "several.json:4:10: lag:",
                "several.json:6:19: actions[0].atMillis:",
                "several.json:7:72: actions[1].node:",
                "several.json:9:27: expect[0].action:");
    }

    @Test
    void aProblemPrintsAsFileLineColumnFieldSentence() {
        LoadedFile loaded = ScenarioLoader.read("x.json", "{\"topology\": \"ring\"}");

        assertThat(loaded.problems()).hasSize(1);
        assertThat(loaded.problems().get(0).printable(Locale.ROOT))
                .isEqualTo("x.json:1:14: topology: \"ring\" is not one of the choices here: single-node, object-store,"
                        + " multi-writer, read-replicas, partitioned, quorum.");
    }

    @Test
    void problemsOfAFileOnDiskNameThePathAsGiven(@org.junit.jupiter.api.io.TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("bad.json"), "{\"topology\": 7}");

        LoadedFile loaded = ScenarioLoader.load(file);

        assertThat(loaded.problems()).extracting(ScenarioProblem::file).containsExactly(file.toString());
    }
}
