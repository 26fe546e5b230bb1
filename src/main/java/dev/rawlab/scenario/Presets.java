package dev.rawlab.scenario;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The scenario presets shipped with the program, on the classpath under {@value #FOLDER} (the build
 * copies the top-level {@code lessons/} folder there). Listing works both from a folder of classes
 * and from inside the packaged jar.
 */
public final class Presets {

    /** The classpath folder that holds the presets. */
    public static final String FOLDER = "lessons/scenarios";

    private Presets() {
    }

    /** Every preset, by file name; problems name the classpath resource, e.g. {@code lessons/scenarios/avatar-story.json}. */
    public static ScenarioCatalog load() {
        return load(Presets.class.getClassLoader());
    }

    /**
     * The preset called {@code name}: the file {@code name.json} if there is one (read alone, without
     * the others), else the preset whose {@code name} field says so.
     */
    public static Optional<LoadedFile> find(String name) {
        String resource = FOLDER + "/" + name + ScenarioLoader.EXTENSION;
        try (InputStream in = Presets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                return Optional.of(ScenarioLoader.read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            return Optional.of(ScenarioLoader.unreadable(resource, e));
        }
        return load().files().stream()
                .filter(file -> file.scenario().map(scenario -> scenario.name().equals(name)).orElse(false))
                .findFirst();
    }

    /** Every preset {@code loader} sees (tests hand in a loader of a packaged jar). */
    static ScenarioCatalog load(ClassLoader loader) {
        URL url = loader.getResource(FOLDER);
        if (url == null) {
            return new ScenarioCatalog(List.of());
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromFolder(Path.of(uri));
        } catch (IOException e) {
            return new ScenarioCatalog(List.of(ScenarioLoader.unreadable(FOLDER, e)));
        } catch (URISyntaxException e) {
            return new ScenarioCatalog(List.of(ScenarioLoader.unreadable(FOLDER, new IOException(e.getMessage(), e))));
        }
    }

    /** Opens the jar as a file system for the listing (or uses the one already open, leaving it open). */
    private static ScenarioCatalog fromJar(URI uri) throws IOException {
        FileSystem open;
        try {
            open = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return fromFolder(FileSystems.getFileSystem(uri).getPath("/" + FOLDER));
        }
        try (FileSystem jar = open) {
            return fromFolder(jar.getPath("/" + FOLDER));
        }
    }

    private static ScenarioCatalog fromFolder(Path folder) throws IOException {
        List<LoadedFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.filter(ScenarioLoader::isScenarioFile).sorted().toList()) {
                String resource = FOLDER + "/" + path.getFileName();
                files.add(ScenarioLoader.read(resource, Files.readString(path, StandardCharsets.UTF_8)));
            }
        }
        return new ScenarioCatalog(files);
    }
}
