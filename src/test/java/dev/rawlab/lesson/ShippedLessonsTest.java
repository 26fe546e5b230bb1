package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lessons in {@code lessons/}: each validates, plays headless from its first step to its last
 * with every expectation holding, has tasks that are open at the start and solved by their own
 * solution, and at least three questions; together they use every preset and hold the two quiz
 * questions of the source.
 */
class ShippedLessonsTest {

    private static LessonCatalog catalog;

    @BeforeAll
    static void loadOnce() {
        catalog = LessonLoader.loadFolder(Path.of("lessons"));
    }

    static Stream<Lesson> lessons() {
        return LessonLoader.loadFolder(Path.of("lessons")).lessons().stream();
    }

    @Test
    void everyFileInTheLessonsFolderValidates() {
        assertThat(catalog.problems()).extracting(problem -> problem.printable(Locale.ROOT)).isEmpty();
        assertThat(catalog.lessons()).extracting(Lesson::id).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theShippedLessonsOnTheClasspathAreTheFolderOnes() {
        assertThat(LessonLoader.shipped().lessons()).extracting(Lesson::id)
                .containsExactlyElementsOf(catalog.lessons().stream().map(Lesson::id).toList());
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyStepPlaysWithItsExpectationsFromFirstToLast(Lesson lesson) {
        LessonPlayer player = new LessonPlayer(lesson);
        for (int i = 0; i < lesson.steps().size(); i++) {
            StepOutcome outcome = player.next();

            assertThat(outcome.stepIndex()).isEqualTo(i);
            assertThat(outcome.results()).allSatisfy(result -> assertThat(result.accepted()).isTrue());
            assertThat(outcome.expectations()).as("%s step %s", lesson.id(), lesson.steps().get(i).id())
                    .allSatisfy(result -> assertThat(result.held()).as(result.differences().toString()).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyTaskIsOpenAtTheStartAndDoneByItsSolution(Lesson lesson) {
        LessonPlayer player = new LessonPlayer(lesson);
        for (int i = 0; i < lesson.steps().size(); i++) {
            player.goTo(i);
            if (lesson.steps().get(i).task().isEmpty()) {
                continue;
            }
            assertThat(player.taskStatus().orElseThrow().met()).as("%s %s at start", lesson.id(), player.step().id()).isFalse();

            player.playSolution();

            assertThat(player.taskStatus().orElseThrow().met()).as("%s %s solved", lesson.id(), player.step().id()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyLessonAsksAtLeastThreeQuestionsAndEveryPredictionIsWhatHappens(Lesson lesson) {
        assertThat(lesson.quiz()).hasSizeGreaterThanOrEqualTo(3);
        for (Question question : lesson.quiz()) {
            if (question.kind() == QuestionKind.PREDICT) {
                Observation observation = Predictions.observe(question).orElseThrow();
                assertThat(observation.rightPrediction()).map(Choice::id).contains(question.correct().iterator().next());
            }
        }
    }

    @Test
    void theAvatarLessonComesFirstAndItsFirstGetReturns404() {
        Lesson first = catalog.lessons().get(0);
        LessonPlayer player = new LessonPlayer(first);

        OperationRecord firstGet = null;
        for (int i = 0; i < first.steps().size() && firstGet == null; i++) {
            player.next();
            firstGet = player.session().store().trace().operations().stream()
                    .filter(op -> op.op() == OpKind.GET).findFirst().orElse(null);
        }

        assertThat(first.title()).containsIgnoringCase("avatar");
        assertThat(firstGet).isNotNull();
        assertThat(firstGet.key()).isEqualTo("avatar.png");
        assertThat(firstGet.status()).isEqualTo(404);
    }

    @Test
    void theTwoQuestionsOfTheSourceAreInTheQuizBankWithTheirAnswers() {
        List<Question> bank = catalog.lessons().stream().flatMap(lesson -> lesson.quiz().stream()).toList();

        Question report = bank.stream().filter(q -> q.id().equals("report-pdf")).findFirst().orElseThrow();
        assertThat(report.text()).contains("report.pdf").contains("200").contains("404");
        assertThat(report.choice(report.correct().iterator().next()).orElseThrow().text())
                .contains("replica").contains("primary");

        Question fix = bank.stream().filter(q -> q.id().equals("cleanest-fix")).findFirst().orElseThrow();
        assertThat(fix.text()).contains("own write");
        assertThat(fix.choice(fix.correct().iterator().next()).orElseThrow().text()).containsIgnoringCase("consistent read");
    }

    @Test
    void everyPresetIsPlayedBySomeLesson() {
        Set<String> used = new HashSet<>();
        for (Lesson lesson : catalog.lessons()) {
            lesson.quiz().forEach(q -> q.prediction().ifPresent(p -> used.add(p.scenario().name())));
        }
        Set<String> setups = new HashSet<>();
        for (String text : LessonTexts.all()) {
            for (Scenario preset : Presets.load().scenarios()) {
                if (text.contains("\"preset\": \"" + preset.name() + "\"")) {
                    setups.add(preset.name());
                }
            }
        }
        used.addAll(setups);

        assertThat(used).containsAll(Presets.load().scenarios().stream().map(Scenario::name).toList());
    }
}
