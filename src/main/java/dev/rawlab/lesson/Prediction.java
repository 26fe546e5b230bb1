package dev.rawlab.lesson;

import dev.rawlab.scenario.Scenario;

/**
 * The situation of a predict-then-observe question: a scenario that plays once the learner has
 * committed, and the operation whose outcome is revealed.
 *
 * @param observe the index, in the scenario's actions, of the operation to watch
 */
public record Prediction(Scenario scenario, int observe) {
}
