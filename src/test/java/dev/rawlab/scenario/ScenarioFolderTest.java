package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading every scenario file of a folder a teacher points at: the good files load, a broken one reports. */
class ScenarioFolderTest {

    private static final String GOOD = """
            { "topology": "single-node", "title": "%s",
              "actions": [ { "atMillis": 0, "do": "put", "user": "alice", "key": "a", "body": "x" } ] }
            """;

    @Test
    void oneBrokenAndTwoGoodFilesGiveTwoScenariosAndOneProblem(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b-broken.json"), "{ \"topology\": \"single-node\", \"colour\": 1 }");
        Files.writeString(folder.resolve("c-second.json"), GOOD.formatted("Second"));
        Files.writeString(folder.resolve("a-first.json"), GOOD.formatted("First"));
        Files.writeString(folder.resolve("notes.txt"), "not a scenario");

        ScenarioCatalog catalog = ScenarioLoader.loadFolder(folder);

        assertThat(catalog.scenarios()).extracting(Scenario::name).containsExactly("a-first", "c-second");
        assertThat(catalog.problems()).hasSize(1);
        assertThat(catalog.problems().get(0).file()).endsWith("b-broken.json");
        assertThat(catalog.problems().get(0).field()).isEqualTo("colour");
        assertThat(catalog.files()).hasSize(3);
    }

    @Test
    void aScenarioIsFoundByName(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a-first.json"), GOOD.formatted("First"));

        ScenarioCatalog catalog = ScenarioLoader.loadFolder(folder);

        assertThat(catalog.find("a-first")).map(Scenario::title).contains("First");
        assertThat(catalog.find("missing")).isEmpty();
    }

    @Test
    void aMissingFolderIsOneProblemNotACrash(@TempDir Path folder) {
        ScenarioCatalog catalog = ScenarioLoader.loadFolder(folder.resolve("nowhere"));

        assertThat(catalog.scenarios()).isEmpty();
        assertThat(catalog.problems()).hasSize(1);
    }
}
