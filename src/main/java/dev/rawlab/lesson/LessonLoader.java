package dev.rawlab.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ClasspathFolder;
import dev.rawlab.scenario.JsonLocations;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.scenario.ScenarioLoader;
import dev.rawlab.scenario.ScenarioProblem;
import dev.rawlab.scenario.ScenarioReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads lesson files: one text, one file, every {@code *.json} of a teacher's folder, or the lessons
 * shipped on the classpath under {@value #FOLDER}. A file is read strictly, built into a
 * {@link Lesson}, and then played once headless ({@link LessonCheck}) so that an expectation that
 * does not hold, or a task its own solution does not solve, is reported like any other mistake.
 * A broken file never stops the others from loading.
 */
public final class LessonLoader {

    /** The classpath folder of the lessons shipped with the program (the build copies {@code lessons/} there). */
    public static final String FOLDER = "lessons";
    private static final String EXTENSION = ".json";
    private static final ScenarioReader.DocumentWords WORDS =
            new ScenarioReader.DocumentWords("lesson.json.notAnObject", "lesson.json.trailing");

    private LessonLoader() {
    }

    /** Reads {@code text}, naming it {@code file} in problems; the lesson's id is the file's name without {@code .json}. */
    public static LoadedLesson read(String file, String text) {
        return read(file, text, new PresetShelf());
    }

    private static LoadedLesson read(String file, String text, PresetShelf presets) {
        JsonLocations locations = JsonLocations.of(text);
        ProblemList problems = new ProblemList(file, locations);
        LessonFile parsed = ScenarioReader.read(text, LessonFile.class, WORDS, locations, problems);
        Lesson lesson = parsed == null ? null : new LessonBuilder(presets, problems).build(parsed, idOf(file), file);
        if (lesson != null && problems.isEmpty()) {
            LessonCheck.check(lesson, problems);
        }
        return new LoadedLesson(file, problems.isEmpty() ? Optional.ofNullable(lesson) : Optional.empty(), problems.all());
    }

    /** Reads the file at {@code path}, naming it as given in problems. */
    public static LoadedLesson load(Path path) {
        try {
            return read(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return unreadable(path.toString(), e);
        }
    }

    /** Every {@code *.json} file directly in {@code folder}, by name. */
    public static LessonCatalog loadFolder(Path folder) {
        List<LoadedLesson> files = new ArrayList<>();
        PresetShelf presets = new PresetShelf();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.filter(LessonLoader::isJson).sorted().toList()) {
                try {
                    files.add(read(path.toString(), Files.readString(path, StandardCharsets.UTF_8), presets));
                } catch (IOException e) {
                    files.add(unreadable(path.toString(), e));
                }
            }
        } catch (IOException e) {
            files.add(unreadable(folder.toString(), e));
        }
        return new LessonCatalog(files);
    }

    /** The lessons shipped with the program, in the order they are taught. */
    public static LessonCatalog shipped() {
        List<LoadedLesson> files = new ArrayList<>();
        PresetShelf presets = new PresetShelf();
        try {
            for (ClasspathFolder.Entry entry : ClasspathFolder.jsonFiles(LessonLoader.class.getClassLoader(), FOLDER)) {
                files.add(read(entry.resource(), entry.text(), presets));
            }
        } catch (IOException e) {
            files.add(unreadable(FOLDER, e));
        }
        return new LessonCatalog(files);
    }

    /** Whether {@code text} looks like a lesson rather than a scenario: its top object has {@code steps}. */
    public static boolean looksLikeLesson(String text) {
        JsonLocations locations = JsonLocations.of(text);
        return locations.has("steps") || locations.has("quiz");
    }

    private static boolean isJson(Path path) {
        return path.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(path);
    }

    private static LoadedLesson unreadable(String file, IOException e) {
        ScenarioProblem problem = new ScenarioProblem(file, 1, 1, ScenarioProblem.WHOLE_FILE,
                Text.of("lesson.unreadable", String.valueOf(e.getMessage())));
        return new LoadedLesson(file, Optional.empty(), List.of(problem));
    }

    /** {@code lessons/01-avatar.json} to {@code 01-avatar}, as a scenario file gets its default name. */
    static String idOf(String file) {
        return ScenarioLoader.defaultName(file);
    }
}
