package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.store.Action;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.sim.LatencyDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The headless player: steps play through the action path, going back replays, tasks are judged on the live store. */
class LessonPlayerTest {

    private static Lesson lesson;

    @BeforeAll
    static void load() throws IOException {
        Path file = BrokenLessonsTest.FOLDER.resolve("valid-reference.json");
        lesson = LessonLoader.read("valid-reference.json", Files.readString(file)).lesson().orElseThrow();
    }

    @Test
    void stepsPlayInOrderEachFromWhereTheLastOneEnded() {
        LessonPlayer player = new LessonPlayer(lesson);

        StepOutcome upload = player.next();
        StepOutcome read = player.next();

        assertThat(upload.stepIndex()).isZero();
        assertThat(read.startMicros()).isEqualTo(upload.endMicros());
        assertThat(read.expectations()).singleElement().satisfies(result -> assertThat(result.held()).isTrue());
        assertThat(player.session().store().trace().operations()).extracting(OperationRecord::status).containsExactly(200, 404);
    }

    @Test
    void goingBackReplaysTheScriptedPathAndForgetsTheLearnersTries() {
        LessonPlayer player = new LessonPlayer(lesson);
        player.goTo(1);
        player.act(new Action.Get("alice", "avatar.png", null, true));
        player.settleLearner();
        assertThat(player.session().store().trace().operations()).hasSize(3);

        player.previous();

        assertThat(player.stepIndex()).isZero();
        assertThat(player.session().store().trace().operations()).hasSize(1);
        assertThat(player.session().log()).hasSize(1);
    }

    @Test
    void goingToTheSameStepAgainGivesTheSameStoreAsBefore() {
        LessonPlayer player = new LessonPlayer(lesson);
        player.goTo(1);
        String before = player.session().store().snapshot().toString();

        player.goTo(0);
        player.goTo(1);

        assertThat(player.session().store().snapshot().toString()).isEqualTo(before);
    }

    @Test
    void aTaskIsMetOnlyOnceTheLearnersOwnReadSucceeds() {
        LessonPlayer player = new LessonPlayer(lesson);
        player.goTo(1);
        assertThat(player.taskStatus().orElseThrow().met()).isFalse();

        player.act(new Action.Get("alice", "avatar.png", null, true));
        assertThat(player.taskStatus().orElseThrow().met()).as("before the read has finished").isFalse();
        player.settleLearner();

        TaskStatus status = player.taskStatus().orElseThrow();
        assertThat(status.met()).isTrue();
        assertThat(status.meeting()).singleElement().satisfies(op -> assertThat(op.operation().node()).isEqualTo("primary"));
    }

    @Test
    void breakingATasksRuleKeepsItOpenEvenWhenTheGoalIsReached() {
        Lesson strict = LessonLoader.loadFolder(Path.of("lessons")).find("02-your-own-writes").orElseThrow();
        LessonPlayer player = new LessonPlayer(strict);
        player.goTo(strict.stepIndex("your-turn-consistent"));

        player.act(new Action.SetLag("B", LatencyDistribution.constant(0)));
        player.act(new Action.Get("alice", "avatar.png", null, true));
        player.settleLearner();

        TaskStatus status = player.taskStatus().orElseThrow();
        assertThat(status.goalReached()).isTrue();
        assertThat(status.broken()).containsExactly(Constraint.KEEP_LAGS);
        assertThat(status.met()).isFalse();
    }

    @Test
    void aStepWithoutATaskHasNoTaskStatus() {
        LessonPlayer player = new LessonPlayer(lesson);

        player.goTo(0);

        assertThat(player.taskStatus()).isEmpty();
    }
}
