package dev.rawlab.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ExpectationResult;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.store.ActionResult;
import java.util.List;
import java.util.Optional;

/**
 * Plays a freshly built lesson once, headless, and records as problems whatever does not happen as
 * the file says: a scripted action the store refuses, an expectation that does not hold, a task
 * whose goal is already met when it begins or is not met by its own solution, a predict-then-observe
 * question whose right answer is not what the simulation shows.
 */
final class LessonCheck {

    private LessonCheck() {
    }

    static void check(Lesson lesson, ProblemList problems) {
        LessonPlayer player = new LessonPlayer(lesson);
        for (int i = 0; i < lesson.steps().size(); i++) {
            ProblemList at = problems.under("steps[" + i + "]");
            StepOutcome outcome = player.goTo(i);
            steps(outcome, at);
            if (lesson.steps().get(i).task().isPresent()) {
                task(player, at.under("task"));
                player.restart();
            }
        }
        for (int q = 0; q < lesson.quiz().size(); q++) {
            Question question = lesson.quiz().get(q);
            if (question.kind() == QuestionKind.PREDICT) {
                prediction(question, problems.under("quiz[" + q + "]"));
            }
        }
    }

    private static void steps(StepOutcome outcome, ProblemList at) {
        List<ActionResult> results = outcome.results();
        for (int j = 0; j < results.size(); j++) {
            for (Text reason : results.get(j).problems()) {
                at.add("actions[" + j + "]", Text.of("scenario.action.refused", reason));
            }
        }
        List<ExpectationResult> expectations = outcome.expectations();
        for (int k = 0; k < expectations.size(); k++) {
            ExpectationResult result = expectations.get(k);
            if (!result.held()) {
                at.add("expect[" + k + "]", Text.of("lesson.step.expectMissed", result.seen(), joined(result.differences())));
            }
        }
    }

    private static void task(LessonPlayer player, ProblemList at) {
        TaskStatus before = player.taskStatus().orElseThrow();
        if (before.goalReached()) {
            at.add("goal", Text.of("lesson.task.metAtStart"));
            return;
        }
        player.playSolution();
        TaskStatus after = player.taskStatus().orElseThrow();
        if (!after.broken().isEmpty()) {
            at.add("solution", Text.of("lesson.task.solutionBreaks", after.broken().get(0).fileName()));
        } else if (!after.goalReached()) {
            at.add("solution", Text.of("lesson.task.solutionFails"));
        }
    }

    private static void prediction(Question question, ProblemList at) {
        Optional<Observation> observation = Predictions.observe(question);
        if (observation.isEmpty()) {
            at.add("observe", Text.of("lesson.quiz.neverFinished"));
            return;
        }
        Choice right = question.choice(question.correct().iterator().next()).orElseThrow();
        if (!observation.get().predictedBy(right)) {
            at.add("answer", Text.of("lesson.quiz.predictionWrong", right.id(), observation.get().seen()));
        }
    }

    private static String joined(List<Text> differences) {
        return String.join(" ", differences.stream().map(Text::format).toList());
    }
}
