package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Comparing a played scenario with what its file expects. */
class ExpectationCheckTest {

    private static final String AVATAR = """
            { "topology": "object-store", "nodes": 2, "lags": { "A": "const:10", "B": "const:80" },
              "network": "const:1",
              "actions": [
                { "atMillis": 0, "do": "put", "user": "alice", "key": "k", "body": "x" },
                { "atMillis": 4, "do": "get", "user": "alice", "key": "k", "node": "B" }
              ],
              "expect": [ %s ] }
            """;

    private static List<ExpectationResult> check(String expectations) {
        Scenario scenario = ScenarioLoader.read("t.json", AVATAR.formatted(expectations)).scenario().orElseThrow();
        ScenarioRun run = ScenarioPlayer.play(scenario);
        return ExpectationCheck.check(run, run.check());
    }

    @Test
    void anExpectationThatMatchesHolds() {
        List<ExpectationResult> results = check("""
                { "action": 1, "status": 404, "version": 0, "verdict": "stale-404", "node": "B", "attempts": 1,
                  "rywViolation": true, "monotonicViolation": false }""");

        assertThat(results).singleElement().satisfies(result -> assertThat(result.held()).isTrue());
        assertThat(ExpectationCheck.allHeld(results)).isTrue();
    }

    @Test
    void eachMismatchedFieldIsNamedWithWhatWasSeen() {
        List<ExpectationResult> results = check("{ \"action\": 1, \"status\": 200, \"verdict\": \"fresh\", \"node\": \"B\" }");

        ExpectationResult result = results.get(0);
        assertThat(result.held()).isFalse();
        assertThat(ExpectationCheck.allHeld(results)).isFalse();
        assertThat(result.differences()).extracting(text -> text.format(Locale.ROOT))
                .containsExactly("expected status 200, got 404.", "expected verdict fresh, got stale-404.");
    }

    @Test
    void anOperationThatNeverFinishedDoesNotHold() {
        String json = """
                { "topology": "object-store", "nodes": 1, "network": "const:1",
                  "strategy": { "sync": { "mode": "all", "onOffline": "wait" } },
                  "actions": [
                    { "atMillis": 0, "do": "offline", "node": "A" },
                    { "atMillis": 1, "do": "put", "user": "alice", "key": "k", "body": "x" }
                  ],
                  "expect": [ { "action": 1, "status": 200 } ] }
                """;
        Scenario scenario = ScenarioLoader.read("t.json", json).scenario().orElseThrow();
        ScenarioRun run = ScenarioPlayer.play(scenario);

        ExpectationResult result = ExpectationCheck.check(run, run.check()).get(0);

        assertThat(result.held()).isFalse();
        assertThat(result.differences()).extracting(Text::key).containsExactly("scenario.expect.neverFinished");
    }
}
