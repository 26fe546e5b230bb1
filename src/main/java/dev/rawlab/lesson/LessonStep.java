package dev.rawlab.lesson;

import dev.rawlab.scenario.Expectation;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One step of a lesson.
 *
 * @param setup        a fresh store this step starts from; empty to go on with the store as the
 *                     previous step left it
 * @param actions      the scripted actions, with times counted from the step's start
 * @param runMicros    how long the step runs after its start; empty to run until every operation
 *                     the step started has finished
 * @param spotlight    what the canvas highlights, by the names it uses: users, {@code lb},
 *                     {@code primary}, replicas {@code A}..{@code P}, {@code cache}
 * @param expectations what the step's operations must do, by their index in {@code actions}
 */
public record LessonStep(String id, String title, String narration, Optional<StoreConfig> setup,
                         List<TimedAction> actions, OptionalLong runMicros, List<String> spotlight,
                         List<Expectation> expectations, Optional<Task> task) {

    public LessonStep {
        title = title == null ? "" : title;
        actions = List.copyOf(actions);
        spotlight = List.copyOf(spotlight);
        expectations = List.copyOf(expectations);
    }
}
