package dev.rawlab.ui.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.lesson.Lesson;
import dev.rawlab.lesson.LessonCatalog;
import dev.rawlab.lesson.LessonLoader;
import dev.rawlab.lesson.Progress;
import dev.rawlab.lesson.ProgressStore;
import dev.rawlab.lesson.QuizAttempts;
import dev.rawlab.store.Action;
import dev.rawlab.store.OpKind;
import dev.rawlab.ui.LabViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A student opens the first lesson, steps through it, answers a predict-then-observe question
 * wrongly and then rightly, and finds the progress saved; a task's goal turns green once met.
 */
@ExtendWith(ApplicationExtension.class)
class LessonPanelTest {

    private static final List<Lesson> LESSONS = LessonLoader.loadFolder(Path.of("lessons")).lessons();

    @TempDir
    static Path data;

    private LessonViewModel model;
    private LabViewModel lab;

    @Start
    void start(Stage stage) {
        lab = new LabViewModel(LESSONS.get(0).steps().get(0).setup().orElseThrow());
        model = new LessonViewModel(lab, LESSONS, new ProgressStore(data.resolve("raw-lab")));
        model.open(0);
        stage.setScene(new Scene(new LessonPanel(model, ResourceBundle.getBundle(App.BUNDLE)), 600, 700));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    @Test
    void aStudentStepsThroughTheFirstLessonAndAnswersAPredictionWronglyThenRightly(FxRobot robot) {
        assertThat(text(robot, "lesson-step-title")).contains("1").contains(LESSONS.get(0).steps().get(0).title());
        assertThat(text(robot, "lesson-next")).contains(LESSONS.get(0).steps().get(1).title());

        robot.clickOn("#lesson-next").clickOn("#lesson-next");
        assertThat(lab.playingProperty().get()).as("the step's actions play out on the canvas").isTrue();
        robot.clickOn("#lesson-finish-step");
        assertThat(lab.session().store().trace().operations()).extracting(op -> op.op() == OpKind.GET ? op.status() : 0)
                .contains(404);
        int steps = LESSONS.get(0).steps().size();
        for (int i = 2; i < steps - 1; i++) {
            robot.clickOn("#lesson-next");
        }
        assertThat(robot.lookup("#lesson-next").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "quiz-question")).contains("replica B");

        robot.clickOn("#choice-ok").clickOn("#quiz-check");
        assertThat(text(robot, "quiz-feedback")).startsWith("Not quite");
        assertThat(text(robot, "quiz-reveal")).contains("404");
        robot.clickOn("#quiz-retry").clickOn("#choice-not-found").clickOn("#quiz-check");
        assertThat(text(robot, "quiz-feedback")).startsWith("Right");

        Progress saved = new ProgressStore(data.resolve("raw-lab")).load().progress();
        QuizAttempts attempts = saved.lesson("01-avatar").answers().get("predict-b");
        assertThat(attempts.tries()).isEqualTo(2);
        assertThat(attempts.firstRight()).isFalse();
        assertThat(attempts.right()).isTrue();
        assertThat(saved.lesson("01-avatar").completedSteps()).hasSize(steps);
        assertThat(robot.lookup("#lesson-review").queryAs(javafx.scene.layout.VBox.class).getChildren()).hasSize(1);
    }

    @Test
    void aBrokenLessonFileIsReportedWithTheValidateLineAndTheOthersStillLoad(FxRobot robot) {
        LessonCatalog mixed = LessonLoader.loadFolder(Path.of("src/test/resources/broken-lessons"));
        LessonViewModel withBroken = new LessonViewModel(lab, mixed, new ProgressStore(data.resolve("other")));

        assertThat(withBroken.lessons()).extracting(Lesson::id).containsExactly("valid-reference");
        assertThat(withBroken.problems()).contains(
                mixed.problems().stream().filter(p -> p.file().endsWith("unknown-preset.json")).findFirst().orElseThrow().printable());
    }

    @Test
    void goingBackRestoresTheEarlierStore(FxRobot robot) {
        robot.clickOn("#lesson-next");
        String afterUpload = lab.snapshot().toString();
        robot.clickOn("#lesson-next");

        robot.clickOn("#lesson-previous");

        assertThat(lab.snapshot().toString()).isEqualTo(afterUpload);
        assertThat(text(robot, "lesson-narration")).isEqualTo(LESSONS.get(0).steps().get(1).narration());
    }

    @Test
    void theGoalTurnsGreenWhenTheLearnersReadMeetsIt(FxRobot robot) {
        Lesson writes = LESSONS.get(1);
        robot.interact(() -> {
            model.open(1);
            model.goTo(writes.stepIndex("your-turn-consistent"));
        });
        Label goal = robot.lookup("#lesson-goal").queryAs(Label.class);
        assertThat(goal.getStyleClass()).doesNotContain(LessonPanel.MET);

        robot.interact(() -> {
            lab.apply(new Action.Get("alice", "avatar.png", null, true));
            while (lab.stepForward()) {
                // play until nothing is left to happen
            }
        });

        assertThat(model.taskMetProperty().get()).isTrue();
        assertThat(goal.getStyleClass()).contains(LessonPanel.MET);
    }
}
