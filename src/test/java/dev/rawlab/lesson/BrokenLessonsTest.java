package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken lesson files under {@code src/test/resources/broken-lessons/}: each
 * {@code NAME.json} has a sibling {@code NAME.expected} holding the exact line
 * ({@code FILE:LINE:COLUMN: FIELD: sentence}) of the problem it must produce. A broken file loads
 * no lesson, and the other files of its folder still load. {@code valid-reference.json} is the
 * lesson every broken file was made from, and loads.
 */
class BrokenLessonsTest {

    static final Path FOLDER = Path.of("src", "test", "resources", "broken-lessons");
    private static final String REFERENCE = "valid-reference.json";

    static Stream<Path> brokenFiles() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.toString().endsWith(".json"))
                    .filter(path -> !path.getFileName().toString().equals(REFERENCE)).sorted().toList().stream();
        }
    }

    private static List<String> problems(Path file) throws IOException {
        LoadedLesson loaded = LessonLoader.read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        assertThat(loaded.lesson()).as(file.toString()).isEmpty();
        return loaded.problems().stream().map(problem -> problem.printable(Locale.ROOT)).toList();
    }

    @ParameterizedTest
    @MethodSource("brokenFiles")
    void brokenFileLoadsNothingAndSaysExactlyWhereAndWhy(Path file) throws IOException {
        Path expectedFile = Path.of(file.toString().replace(".json", ".expected"));
        if (Boolean.getBoolean("broken.update")) {
            Files.writeString(expectedFile, problems(file).get(0) + "\n");
        }
        String expected = Files.readString(expectedFile, StandardCharsets.UTF_8).strip();

        assertThat(problems(file)).contains(expected);
    }

    @Test
    void theReferenceLessonTheBrokenFilesWereMadeFromLoads() throws IOException {
        Path file = FOLDER.resolve(REFERENCE);

        LoadedLesson loaded = LessonLoader.read(REFERENCE, Files.readString(file));

        assertThat(loaded.problems()).extracting(problem -> problem.printable(Locale.ROOT)).isEmpty();
        assertThat(loaded.lesson()).isPresent();
    }

    @Test
    void theCorpusHasAtLeastTwentyFilesCoveringEveryMistakeAskedFor() throws IOException {
        List<String> names = brokenFiles().map(path -> path.getFileName().toString()).toList();

        assertThat(names).hasSizeGreaterThanOrEqualTo(20).contains("unknown-field.json", "wrong-type.json",
                "unknown-preset.json", "unknown-step-reference.json", "unreachable-retry.json",
                "answer-not-a-choice.json", "goal-unknown-user.json", "goal-unknown-key.json");
    }

    @Test
    void aBrokenFileDoesNotStopTheOthersInItsFolderFromLoading() {
        LessonCatalog catalog = LessonLoader.loadFolder(FOLDER);

        assertThat(catalog.lessons()).extracting(Lesson::id).containsExactly("valid-reference");
        assertThat(catalog.problems()).extracting(ScenarioProblem::file).doesNotContain(FOLDER.resolve(REFERENCE).toString());
        assertThat(catalog.files()).hasSizeGreaterThanOrEqualTo(21);
    }
}
