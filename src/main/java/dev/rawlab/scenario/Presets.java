package dev.rawlab.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        try {
            List<LoadedFile> files = new ArrayList<>();
            for (ClasspathFolder.Entry entry : ClasspathFolder.jsonFiles(loader, FOLDER)) {
                files.add(ScenarioLoader.read(entry.resource(), entry.text()));
            }
            return new ScenarioCatalog(files);
        } catch (IOException e) {
            return new ScenarioCatalog(List.of(ScenarioLoader.unreadable(FOLDER, e)));
        }
    }
}
