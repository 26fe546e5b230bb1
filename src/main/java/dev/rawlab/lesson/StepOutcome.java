package dev.rawlab.lesson;

import dev.rawlab.scenario.ExpectationResult;
import dev.rawlab.store.ActionResult;
import java.util.List;

/**
 * What came of playing one step: where it began and ended in simulated time, what became of each
 * scripted action (in the step's order), and whether each of the step's expectations held.
 */
public record StepOutcome(int stepIndex, long startMicros, long endMicros, List<ActionResult> results,
                          List<ExpectationResult> expectations) {

    public StepOutcome {
        results = List.copyOf(results);
        expectations = List.copyOf(expectations);
    }

    /** Whether every scripted action was accepted and every expectation held. */
    public boolean asExpected() {
        return results.stream().allMatch(ActionResult::accepted)
                && expectations.stream().allMatch(ExpectationResult::held);
    }
}
