package dev.rawlab.scenario;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the {@code *.json} files directly in one classpath folder, by name, both from a folder of
 * classes and from inside the packaged jar. The presets and the lessons shipped with the program
 * are found this way.
 */
public final class ClasspathFolder {

    /** One file: its classpath resource name ({@code lessons/01-avatar.json}) and its text. */
    public record Entry(String resource, String text) {
    }

    private ClasspathFolder() {
    }

    /** Every {@code *.json} file directly in {@code folder} that {@code loader} sees; empty if there is no such folder. */
    public static List<Entry> jsonFiles(ClassLoader loader, String folder) throws IOException {
        URL url = loader.getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri, folder);
            }
            return fromFolder(Path.of(uri), folder);
        } catch (URISyntaxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Opens the jar as a file system for the listing (or uses the one already open, leaving it
     * open). One at a time: the presets and the lessons are read on two threads at startup, and
     * one must not close the jar's file system while the other reads from it.
     */
    private static synchronized List<Entry> fromJar(URI uri, String folder) throws IOException {
        FileSystem open;
        try {
            open = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return fromFolder(FileSystems.getFileSystem(uri).getPath("/" + folder), folder);
        }
        try (FileSystem jar = open) {
            return fromFolder(jar.getPath("/" + folder), folder);
        }
    }

    private static List<Entry> fromFolder(Path path, String folder) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> listing = Files.list(path)) {
            for (Path file : listing.filter(ScenarioLoader::isScenarioFile).sorted().toList()) {
                entries.add(new Entry(folder + "/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return entries;
    }
}
