package dev.rawlab.lesson;

import dev.rawlab.scenario.ScenarioProblem;
import java.util.List;
import java.util.Optional;

/**
 * What came of reading one lesson file: the lesson, or (if anything at all was wrong) no lesson
 * and the problems, each with its file, line, column and field.
 */
public record LoadedLesson(String file, Optional<Lesson> lesson, List<ScenarioProblem> problems) {

    public LoadedLesson {
        problems = List.copyOf(problems);
        if (lesson.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a file with problems loads no lesson");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
