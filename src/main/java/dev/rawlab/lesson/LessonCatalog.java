package dev.rawlab.lesson;

import dev.rawlab.scenario.ScenarioProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lesson files of one folder (or the lessons shipped with the program), in file-name order:
 * the good ones load, the broken ones bring their problems, and neither stops the other.
 */
public record LessonCatalog(List<LoadedLesson> files) {

    public LessonCatalog {
        files = List.copyOf(files);
    }

    /** Every lesson that loaded, in file-name order (the order the lessons are taught in). */
    public List<Lesson> lessons() {
        List<Lesson> lessons = new ArrayList<>();
        files.forEach(file -> file.lesson().ifPresent(lessons::add));
        return lessons;
    }

    /** Every problem of every file, file by file. */
    public List<ScenarioProblem> problems() {
        List<ScenarioProblem> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(file.problems()));
        return problems;
    }

    /** The lesson with id {@code id}, if it loaded. */
    public Optional<Lesson> find(String id) {
        return lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }
}
