package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example lesson in the README's "Writing lessons" section is a lesson that loads and plays. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleLessonValidates() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Writing lessons"));
        int start = section.indexOf("```json\n") + "```json\n".length();
        String json = section.substring(start, section.indexOf("```", start));

        LoadedLesson loaded = LessonLoader.read("README.md", json);

        assertThat(loaded.problems()).extracting(problem -> problem.printable(Locale.ROOT)).isEmpty();
        assertThat(loaded.lesson().orElseThrow().quiz()).extracting(Question::kind)
                .containsExactly(QuestionKind.SINGLE, QuestionKind.MULTIPLE, QuestionKind.PREDICT);
    }
}
