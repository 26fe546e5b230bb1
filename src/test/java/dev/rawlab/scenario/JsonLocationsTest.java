package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.scenario.JsonLocations.Position;
import org.junit.jupiter.api.Test;

/** Finding where each value of a JSON text starts, by path, in one walk over the tokens. */
class JsonLocationsTest {

    private static final String TEXT = String.join("\n",
            "{",
            "  \"topology\": \"object-store\",",
            "  \"lags\": { \"B\": \"const:80\" },",
            "  \"actions\": [",
            "    { \"atMillis\": 0, \"node\": null },",
            "    { \"strategy\": { \"retry\": { \"attempts\": 4 } } }",
            "  ]",
            "}");

    private final JsonLocations locations = JsonLocations.of(TEXT);

    @Test
    void valuesAreFoundByPathAtTheirFirstCharacter() {
        assertThat(locations.find("")).isEqualTo(new Position(1, 1));
        assertThat(locations.find("topology")).isEqualTo(new Position(2, 15));
        assertThat(locations.find("lags.B")).isEqualTo(new Position(3, 18));
        assertThat(locations.find("actions")).isEqualTo(new Position(4, 14));
        assertThat(locations.find("actions[0]")).isEqualTo(new Position(5, 5));
        assertThat(locations.find("actions[0].atMillis")).isEqualTo(new Position(5, 19));
        assertThat(locations.find("actions[1].strategy.retry.attempts")).isEqualTo(new Position(6, 44));
    }

    @Test
    void anAbsentFieldFallsBackToItsNearestParent() {
        assertThat(locations.has("actions[0].user")).isFalse();
        assertThat(locations.find("actions[0].user")).isEqualTo(new Position(5, 5));
        assertThat(locations.find("strategy.read")).isEqualTo(new Position(1, 1));
    }

    @Test
    void explicitNullsAreListed() {
        assertThat(locations.nulls()).containsExactly("actions[0].node");
    }

    @Test
    void aRepeatedKeyIsFoundAtItsSecondSpelling() {
        JsonLocations repeated = JsonLocations.of("{\"seed\": 1,\n \"seed\": 2}");

        assertThat(repeated.repeatedKey("seed")).contains(new Position(2, 2));
        assertThat(locations.repeatedKey("topology")).isEmpty();
    }

    @Test
    void textAfterTheFirstValueIsNoticed() {
        assertThat(locations.trailing()).isFalse();
        assertThat(JsonLocations.of("{} {}").trailing()).isTrue();
        assertThat(JsonLocations.of("{}\n}").trailing()).isTrue();
    }

    @Test
    void brokenTextKeepsWhatWasReadBeforeTheBreak() {
        JsonLocations partial = JsonLocations.of("{\"a\": 1, \"b\": [2, }");

        assertThat(partial.find("a")).isEqualTo(new Position(1, 7));
        assertThat(partial.find("b[0]")).isEqualTo(new Position(1, 16));
    }
}
