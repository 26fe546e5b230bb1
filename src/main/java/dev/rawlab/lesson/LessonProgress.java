package dev.rawlab.lesson;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A learner's progress in one lesson: the ids of the steps done, and every question tried.
 */
public record LessonProgress(List<String> completedSteps, Map<String, QuizAttempts> answers) {

    /** A lesson never opened. */
    public static final LessonProgress NONE = new LessonProgress(List.of(), Map.of());

    public LessonProgress {
        completedSteps = completedSteps == null ? List.of() : List.copyOf(new TreeSet<>(completedSteps));
        answers = answers == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    public boolean stepDone(String stepId) {
        return completedSteps.contains(stepId);
    }

    LessonProgress withStepDone(String stepId) {
        TreeSet<String> steps = new TreeSet<>(completedSteps);
        steps.add(stepId);
        return new LessonProgress(List.copyOf(steps), answers);
    }

    LessonProgress withAnswer(String questionId, Collection<String> chosen, boolean right) {
        Map<String, QuizAttempts> all = new TreeMap<>(answers);
        QuizAttempts before = answers.get(questionId);
        all.put(questionId, before == null ? QuizAttempts.first(chosen, right) : before.again(chosen, right));
        return new LessonProgress(completedSteps, all);
    }
}
