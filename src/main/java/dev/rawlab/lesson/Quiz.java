package dev.rawlab.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Marks answers and sums up a lesson's quiz: whether a choice (or set of choices) is right with the
 * explanation of each choice picked, the score per lesson, and the questions to review.
 */
public final class Quiz {

    private Quiz() {
    }

    /** The verdict on one try, with the explanation of every choice picked and of every right one. */
    public record Feedback(boolean right, List<Choice> picked, List<Choice> rightChoices) {
        public Feedback {
            picked = List.copyOf(picked);
            rightChoices = List.copyOf(rightChoices);
        }
    }

    /** A lesson's score: questions answered right in the end, right at the first try, and in all. */
    public record Score(int right, int rightFirstTime, int answered, int total) {
    }

    /** A question to review: what was picked first and last, and whether it is right by now. */
    public record Missed(Question question, List<Choice> firstPicked, List<Choice> lastPicked, boolean rightNow) {
    }

    /** Marks {@code chosen} as an answer to {@code question}. */
    public static Feedback mark(Question question, Set<String> chosen) {
        return new Feedback(question.isRight(chosen), choices(question, chosen), choices(question, question.correct()));
    }

    public static Score score(Lesson lesson, LessonProgress progress) {
        int right = 0;
        int first = 0;
        int answered = 0;
        for (Question question : lesson.quiz()) {
            QuizAttempts attempts = progress.answers().get(question.id());
            if (attempts != null) {
                answered++;
                right += attempts.right() ? 1 : 0;
                first += attempts.firstRight() ? 1 : 0;
            }
        }
        return new Score(right, first, answered, lesson.quiz().size());
    }

    /** The questions whose first try was wrong, in quiz order: what the review screen lists. */
    public static List<Missed> missed(Lesson lesson, LessonProgress progress) {
        List<Missed> missed = new ArrayList<>();
        for (Question question : lesson.quiz()) {
            QuizAttempts attempts = progress.answers().get(question.id());
            if (attempts != null && !attempts.firstRight()) {
                missed.add(new Missed(question, choices(question, attempts.firstAnswer()),
                        choices(question, attempts.lastAnswer()), attempts.right()));
            }
        }
        return missed;
    }

    private static List<Choice> choices(Question question, java.util.Collection<String> ids) {
        return question.choices().stream().filter(choice -> ids.contains(choice.id())).toList();
    }
}
