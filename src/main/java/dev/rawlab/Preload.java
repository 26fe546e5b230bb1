package dev.rawlab;

import dev.rawlab.lesson.LessonCatalog;
import dev.rawlab.lesson.LessonLoader;
import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the scenario presets and the lessons on a thread of their own while JavaFX starts, so the
 * window does not wait for Jackson's first run (about a second, cold). Started by {@link Main};
 * if the program was launched another way, the first question starts it.
 */
final class Preload {

    /** The environment variable naming a teacher's lessons folder, read instead of the lessons shipped. */
    static final String LESSONS_FOLDER = "RAW_LAB_LESSONS";

    private static CompletableFuture<List<Scenario>> presets;
    private static CompletableFuture<LessonCatalog> lessons;

    private Preload() {
    }

    static synchronized void start() {
        if (presets == null) {
            presets = CompletableFuture.supplyAsync(() -> Presets.load().scenarios());
            lessons = CompletableFuture.supplyAsync(Preload::readLessons);
        }
    }

    static List<Scenario> presets() {
        start();
        return presets.join();
    }

    static LessonCatalog lessons() {
        start();
        return lessons.join();
    }

    /** The shipped lessons, or a teacher's folder when {@value #LESSONS_FOLDER} or {@code -Draw-lab.lessons} names one. */
    private static LessonCatalog readLessons() {
        String folder = System.getProperty("raw-lab.lessons", System.getenv(LESSONS_FOLDER));
        return folder == null || folder.isBlank() ? LessonLoader.shipped() : LessonLoader.loadFolder(Path.of(folder));
    }
}
