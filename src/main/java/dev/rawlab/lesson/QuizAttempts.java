package dev.rawlab.lesson;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The tries at one question: how many, what was chosen first and last, and whether each was right.
 * A wrong answer can be tried again; the first try is kept for the review.
 */
public record QuizAttempts(int tries, List<String> firstAnswer, boolean firstRight, List<String> lastAnswer,
                           boolean right) {

    public QuizAttempts {
        firstAnswer = firstAnswer == null ? List.of() : List.copyOf(firstAnswer);
        lastAnswer = lastAnswer == null ? List.of() : List.copyOf(lastAnswer);
    }

    static QuizAttempts first(Collection<String> chosen, boolean right) {
        List<String> sorted = List.copyOf(new TreeSet<>(chosen));
        return new QuizAttempts(1, sorted, right, sorted, right);
    }

    QuizAttempts again(Collection<String> chosen, boolean rightNow) {
        return new QuizAttempts(tries + 1, firstAnswer, firstRight, List.copyOf(new TreeSet<>(chosen)), rightNow);
    }
}
