package dev.rawlab.lesson;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One lesson, checked and ready to play: its steps in order and its quiz.
 *
 * @param id   the file name without {@code .json} ({@code 01-avatar}); progress is saved under it
 * @param file the name problems and messages use for the file
 */
public record Lesson(String id, String file, String title, String summary, List<LessonStep> steps,
                     List<Question> quiz) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        steps = List.copyOf(steps);
        quiz = List.copyOf(quiz);
        summary = summary == null ? "" : summary;
    }

    /** The index of the step called {@code stepId}, or -1. */
    public int stepIndex(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return -1;
    }

    /** The question called {@code questionId}. */
    public Optional<Question> question(String questionId) {
        return quiz.stream().filter(question -> question.id().equals(questionId)).findFirst();
    }

    /** The questions to ask right after the step called {@code stepId}, in quiz order. */
    public List<Question> questionsAfter(String stepId) {
        return quiz.stream().filter(question -> stepId.equals(question.afterStep())).toList();
    }
}
