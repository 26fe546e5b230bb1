package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.scenario.ScenarioProblem;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every lesson file in {@code lessons/} loads without a single problem (which includes playing it headless). */
class ShippedLessonsTest {

    @Test
    void everyFileInTheLessonsFolderValidates() {
        LessonCatalog catalog = LessonLoader.loadFolder(Path.of("lessons"));

        assertThat(catalog.problems()).extracting(problem -> problem.printable(Locale.ROOT)).isEmpty();
        assertThat(catalog.lessons()).isNotEmpty();
    }
}
