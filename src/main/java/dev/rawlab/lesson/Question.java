package dev.rawlab.lesson;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One quiz question.
 *
 * @param correct    the ids of the right choices: one for single choice and predict-then-observe
 * @param afterStep  the id of the step after which it is asked; null for the end of the lesson
 * @param prediction for predict-then-observe: the situation that plays once the learner has committed
 * @param reveal     what the reveal says besides what the simulation showed; may be empty
 */
public record Question(String id, QuestionKind kind, String text, List<Choice> choices, Set<String> correct,
                       String afterStep, Optional<Prediction> prediction, String reveal) {

    public Question {
        choices = List.copyOf(choices);
        correct = Set.copyOf(correct);
        reveal = reveal == null ? "" : reveal;
    }

    /** The choice called {@code choiceId}. */
    public Optional<Choice> choice(String choiceId) {
        return choices.stream().filter(choice -> choice.id().equals(choiceId)).findFirst();
    }

    /** Whether {@code chosen} is exactly the set of right choices. */
    public boolean isRight(Set<String> chosen) {
        return correct.equals(chosen);
    }
}
