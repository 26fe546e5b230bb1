package dev.rawlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import dev.rawlab.lesson.ProgressStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code raw-lab validate} on lesson files, {@code raw-lab lessons} and {@code raw-lab reset-progress}. */
class LessonCommandsTest {

    private static final Path BROKEN = Path.of("src/test/resources/broken-lessons");

    @Test
    void validateTellsLessonsFromScenariosAndAcceptsBoth() {
        CommandRun run = CommandRun.of("validate", "lessons/01-avatar.json", "lessons/scenarios/avatar-story.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(Text.of("cli.validate.lessonOk", "lessons/01-avatar.json", "01-avatar", 7, 3).format())
                .contains(Text.of("cli.validate.ok", "lessons/scenarios/avatar-story.json", "avatar-story").format());
    }

    @Test
    void validatePrintsEachProblemOfABrokenLessonWithFileLineColumnAndFieldAndExitsWithOne() throws IOException {
        Path file = BROKEN.resolve("unknown-preset.json");

        CommandRun run = CommandRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(RawLabCommand.EXIT_PROBLEMS);
        assertThat(run.out()).contains(file + ":8:19: steps[0].setup.preset: ");
    }

    @Test
    void validateChecksEveryLessonOfTheLessonsFolder() {
        CommandRun run = CommandRun.of("validate", "lessons");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(8).allSatisfy(line -> assertThat(line).contains(": ok ("));
    }

    @Test
    void lessonsListsTheShippedLessonsInTeachingOrder() {
        CommandRun run = CommandRun.of("lessons");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).get().asString().startsWith("01-avatar").contains("The avatar that vanished");
        assertThat(run.out().lines()).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void lessonsOfAFolderListTheGoodOnesAndReportTheBrokenOnes() {
        CommandRun run = CommandRun.of("lessons", "--dir", BROKEN.toString());

        assertThat(run.exitCode()).isEqualTo(RawLabCommand.EXIT_PROBLEMS);
        assertThat(run.out().lines()).singleElement().asString().startsWith("valid-reference");
        assertThat(run.err()).contains(BROKEN.resolve("wrong-type.json") + ":6:20: steps[0].narration: ");
    }

    @Test
    void resetProgressDeletesTheSavedFile(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve(ProgressStore.FILE_NAME), "{}");

        CommandRun run = CommandRun.of("reset-progress", "--data-dir", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(file).doesNotExist();
        assertThat(run.out()).contains(Text.of("cli.resetProgress.done", file.toString()).format());
    }

    @Test
    void resetProgressWithNothingSavedSaysSo(@TempDir Path folder) {
        CommandRun run = CommandRun.of("reset-progress", "--data-dir", folder.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(Text.of("cli.resetProgress.nothing", folder.resolve(ProgressStore.FILE_NAME).toString()).format());
    }
}
