package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario reader refuses to guess: a value of the wrong JSON type is an error naming the field,
 * never silently converted.
 */
class StrictJsonTest {

    @ParameterizedTest(name = "{0} is refused at {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"topology\": \"quorum\", \"nodes\": \"3\"}                     | nodes",
        "{\"topology\": \"quorum\", \"nodes\": 3.0}                       | nodes",
        "{\"topology\": \"quorum\", \"seed\": true}                       | seed",
        "{\"topology\": 1}                                                | topology",
        "{\"topology\": \"object-store\", \"lag\": 80}                    | lag",
        "{\"topology\": \"object-store\", \"users\": {\"name\": \"a\"}}   | users",
        "{\"topology\": \"object-store\", \"strategy\": {\"lazyLookup\": \"true\"}} | strategy.lazyLookup",
        "{\"topology\": \"object-store\", \"strategy\": {\"lb\": 2}}      | strategy.lb",
        "{\"topology\": \"object-store\", \"strategy\": \"eventual\"}    | strategy",
        "{\"topology\": \"object-store\", \"actions\": [{\"atMillis\": \"0\"}]} | actions[0].atMillis",
        "{\"topology\": \"object-store\", \"runUntilMillis\": 10.5}       | runUntilMillis",
        "{\"topology\": \"object-store\", \"cacheTtlMillis\": \"\"}       | cacheTtlMillis",
    })
    void aValueOfTheWrongTypeIsRefused(String json, String field) {
        LoadedFile loaded = ScenarioLoader.read("t.json", json);

        assertThat(loaded.scenario()).isEmpty();
        assertThat(loaded.problems()).extracting(ScenarioProblem::field).containsExactly(field);
    }

    @ParameterizedTest(name = "{0} loads")
    @CsvSource(delimiter = '|', value = {
        "{\"topology\": \"single-node\"}",
        "{\"topology\": \"quorum\", \"nodes\": 5, \"seed\": -7, \"strategy\": {\"readQuorum\": 3, \"writeQuorum\": 3}}",
        "{\"topology\": \"object-store\", \"actions\": [{\"atMillis\": 0.5, \"do\": \"cache\", \"ttlMillis\": 5}]}",
    })
    void aWellTypedFileLoads(String json) {
        LoadedFile loaded = ScenarioLoader.read("t.json", json);

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.scenario()).isPresent();
    }
}
