package dev.rawlab.lesson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The raw text of every lesson file in {@code lessons/}, for tests that look at what is written. */
final class LessonTexts {

    private LessonTexts() {
    }

    static List<String> all() {
        try (Stream<Path> files = Files.list(Path.of("lessons"))) {
            return files.filter(path -> path.toString().endsWith(".json")).sorted().map(LessonTexts::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
