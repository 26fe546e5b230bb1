package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.Micros;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Store;
import org.junit.jupiter.api.Test;

/** Playing and replaying a scenario on a fresh store through {@code Store.apply}. */
class ScenarioPlayerTest {

    private static Scenario scenario(String json) {
        LoadedFile loaded = ScenarioLoader.read("t.json", json);
        assertThat(loaded.problems()).isEmpty();
        return loaded.scenario().orElseThrow();
    }

    /**
     * Actions written out of order. At 4 ms a GET, a switch to reading from the primary and another
     * GET happen at the same moment: only file order decides that the first GET is an eventual read.
     */
    private static final String UNSORTED = """
            { "topology": "object-store", "nodes": 2, "lag": "const:10", "network": "const:1",
              "actions": [
                { "atMillis": 4, "do": "get", "user": "alice", "key": "k" },
                { "atMillis": 4, "do": "strategy", "strategy": { "read": "primary" } },
                { "atMillis": 0, "do": "put", "user": "alice", "key": "k", "body": "x" },
                { "atMillis": 4, "do": "get", "user": "alice", "key": "k" },
                { "atMillis": 4, "do": "offline", "node": "B" }
              ] }
            """;

    @Test
    void actionsPlayInOrderOfTimeAndTiesInFileOrder() {
        ScenarioRun run = ScenarioPlayer.play(scenario(UNSORTED));

        assertThat(run.results()).extracting(ActionResult::accepted).containsOnly(true);
        OperationRecord put = run.operation(2).orElseThrow();
        OperationRecord firstGet = run.operation(0).orElseThrow();
        OperationRecord secondGet = run.operation(3).orElseThrow();
        assertThat(put.id()).isLessThan(firstGet.id());
        assertThat(firstGet.id()).isLessThan(secondGet.id());
        assertThat(firstGet.servedByPrimary()).isFalse();
        assertThat(secondGet.node()).isEqualTo("primary");
    }

    @Test
    void aRunGoesOnUntilNothingIsLeftToHappen() {
        ScenarioRun run = ScenarioPlayer.play(scenario(UNSORTED));

        assertThat(run.store().nextEventMicros()).isEqualTo(-1);
        assertThat(run.store().nowMicros()).isGreaterThanOrEqualTo(Micros.ofMillis(12));
    }

    @Test
    void runUntilStopsTheClockThereWithWorkStillPending() {
        Scenario scenario = scenario("""
                { "topology": "object-store", "lag": "const:80", "network": "const:1", "runUntilMillis": 6,
                  "actions": [ { "atMillis": 0, "do": "put", "user": "alice", "key": "k", "body": "x" } ] }
                """);

        ScenarioRun run = ScenarioPlayer.play(scenario);

        assertThat(run.store().nowMicros()).isEqualTo(Micros.ofMillis(6));
        assertThat(run.store().nextEventMicros()).isEqualTo(Micros.ofMillis(82));
    }

    @Test
    void replayToAMomentGivesTheSameTraceAsPlayingUpToIt() {
        Scenario scenario = scenario(UNSORTED);
        long until = Micros.ofMillis(5);

        Store replayed = ScenarioPlayer.replay(scenario.config(), scenario.actions(), until);
        Store played = ScenarioPlayer.play(scenario).store();

        assertThat(replayed.nowMicros()).isEqualTo(until);
        String prefix = played.trace().text().lines()
                .filter(line -> Micros.ofMillis(Double.parseDouble(line.substring(1, line.indexOf(" ms]")).trim())) <= until)
                .map(line -> line + "\n").reduce("", String::concat);
        assertThat(replayed.trace().text()).isEqualTo(prefix);
    }

    @Test
    void replayLeavesOutActionsAfterTheMoment() {
        Scenario scenario = scenario(UNSORTED);

        Store replayed = ScenarioPlayer.replay(scenario.config(), scenario.actions(), Micros.ofMillis(3));

        assertThat(replayed.snapshot().node("B").online()).isTrue();
        assertThat(replayed.trace().operations()).isEmpty();
    }
}
