package dev.rawlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.scenario.AcceptedActions;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioLoader;
import dev.rawlab.scenario.ScenarioWriter;
import dev.rawlab.sim.Micros;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sessions, played action by action through {@link Session#apply} the way the window plays
 * them, saved as scenario files (a real file, read back by the real loader) and opened again: the
 * config and the accepted actions read back equal, and the re-opened session's trace equals the
 * original's, apart from the "refused" lines of the actions the store refused (which a scenario
 * file cannot hold and which changed nothing else).
 */
class SavedSessionRoundTripTest {

    private static final int SESSIONS = 80;
    private static final int ACTIONS = 40;
    /** How long after the last action both sessions run on, so every operation and queue finishes. */
    private static final long TAIL_MICROS = 3 * Micros.PER_SECOND;

    @TempDir
    Path folder;

    /** A session from {@code seed}, with each generated action done live at its time. */
    private static Session played(long seed) {
        StoreConfig config = RunGenerator.config(seed);
        Session session = new Session(config);
        for (Step step : RunGenerator.steps(seed, config, ACTIONS)) {
            session.advanceTo(step.atMicros());
            session.apply(step.action());
        }
        session.advanceTo(session.nowMicros() + TAIL_MICROS);
        return session;
    }

    private static String withoutRefusals(Trace trace) {
        return trace.events().stream().filter(event -> !(event instanceof TraceEvent.ActionRefused))
                .map(TraceEvent::line).collect(Collectors.joining("\n"));
    }

    @Test
    void savedSessionsOpenToTheSameRun() throws IOException {
        int refusedSomewhere = 0;
        for (long seed : LongStream.rangeClosed(1, SESSIONS).toArray()) {
            Session original = played(seed);
            List<TimedAction> accepted = AcceptedActions.of(original.config(), original.log());
            Path file = folder.resolve("session-" + seed + ".json");
            ScenarioWriter.write(file, "session-" + seed, "Session " + seed, original.config(), accepted);

            LoadedFile loaded = ScenarioLoader.load(file);
            assertThat(loaded.problems()).as("seed %d", seed).isEmpty();
            Scenario scenario = loaded.scenario().orElseThrow();
            assertThat(scenario.config()).as("seed %d", seed).isEqualTo(original.config());
            assertThat(scenario.actions()).as("seed %d", seed).isEqualTo(accepted);

            Session reopened = new Session(scenario.config(), scenario.actions());
            reopened.advanceTo(original.nowMicros());
            assertThat(withoutRefusals(reopened.store().trace())).as("seed %d", seed)
                    .isEqualTo(withoutRefusals(original.store().trace()));
            assertThat(reopened.store().snapshot()).as("seed %d", seed).isEqualTo(original.store().snapshot());
            if (accepted.size() < original.log().size()) {
                refusedSomewhere++;
            } else {
                assertThat(reopened.store().trace().text()).isEqualTo(original.store().trace().text());
            }
        }
        assertThat(refusedSomewhere).as("sessions with a refused action, to show they are left out").isPositive();
    }
}
