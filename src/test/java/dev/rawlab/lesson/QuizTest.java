package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Marking answers, the score per lesson with retries, and the list of missed questions for the review. */
class QuizTest {

    private static Lesson avatar;

    @BeforeAll
    static void load() {
        avatar = LessonLoader.loadFolder(Path.of("lessons")).find("01-avatar").orElseThrow();
    }

    private static Question question(String id) {
        return avatar.question(id).orElseThrow();
    }

    @Test
    void aSingleChoiceIsRightOnlyWithTheRightChoiceAndExplainsWhatWasPicked() {
        Quiz.Feedback wrong = Quiz.mark(question("report-pdf"), Set.of("lost"));
        Quiz.Feedback right = Quiz.mark(question("report-pdf"), Set.of("replica"));

        assertThat(wrong.right()).isFalse();
        assertThat(wrong.picked()).extracting(Choice::explanation).singleElement().asString().isNotBlank();
        assertThat(wrong.rightChoices()).extracting(Choice::id).containsExactly("replica");
        assertThat(right.right()).isTrue();
    }

    @Test
    void aMultipleChoiceNeedsEveryRightChoiceAndNoWrongOne() {
        Question question = question("list-right-after");

        assertThat(Quiz.mark(question, Set.of("404", "old")).right()).isFalse();
        assertThat(Quiz.mark(question, Set.of("404", "old", "list", "never")).right()).isFalse();
        assertThat(Quiz.mark(question, Set.of("404", "old", "list")).right()).isTrue();
    }

    @Test
    void theScoreCountsRetriesAsRightButKeepsTheFirstTry() {
        LessonProgress progress = Progress.NONE
                .withAnswer("01-avatar", "report-pdf", List.of("lost"), false)
                .withAnswer("01-avatar", "report-pdf", List.of("replica"), true)
                .withAnswer("01-avatar", "predict-b", List.of("not-found"), true)
                .lesson("01-avatar");

        Quiz.Score score = Quiz.score(avatar, progress);

        assertThat(score).isEqualTo(new Quiz.Score(2, 1, 2, 3));
    }

    @Test
    void theReviewListsEveryQuestionMissedAtTheFirstTry() {
        LessonProgress progress = Progress.NONE
                .withAnswer("01-avatar", "report-pdf", List.of("lost"), false)
                .withAnswer("01-avatar", "report-pdf", List.of("replica"), true)
                .withAnswer("01-avatar", "predict-b", List.of("ok"), false)
                .withAnswer("01-avatar", "list-right-after", List.of("404", "old", "list"), true)
                .lesson("01-avatar");

        List<Quiz.Missed> missed = Quiz.missed(avatar, progress);

        assertThat(missed).extracting(m -> m.question().id()).containsExactly("report-pdf", "predict-b");
        assertThat(missed.get(0).rightNow()).isTrue();
        assertThat(missed.get(0).firstPicked()).extracting(Choice::id).containsExactly("lost");
        assertThat(missed.get(1).rightNow()).isFalse();
    }

    @Test
    void aPredictionIsRevealedWithWhatTheSimulationShowed() {
        Observation observation = Predictions.observe(question("predict-b")).orElseThrow();

        assertThat(observation.operation().operation().status()).isEqualTo(404);
        assertThat(observation.operation().operation().node()).isEqualTo("B");
        assertThat(observation.rightPrediction()).map(Choice::id).contains("not-found");
        assertThat(observation.seen().format()).contains("404");
    }
}
