package dev.rawlab.lesson;

import dev.rawlab.store.TimedAction;
import java.util.List;
import java.util.Set;

/**
 * A "your turn" task: what the learner is asked, the goal checked on the live store, the rules the
 * learner must keep, hints in the order they are offered, and the intended solution.
 *
 * @param solution  actions with times counted from the moment the task begins (the end of its step)
 * @param retryFrom the step "Try again" replays from: this task's step or an earlier one on the same store
 */
public record Task(String prompt, Goal goal, Set<Constraint> constraints, List<String> hints,
                   List<TimedAction> solution, String retryFrom) {

    public Task {
        constraints = Set.copyOf(constraints);
        hints = List.copyOf(hints);
        solution = List.copyOf(solution);
    }
}
