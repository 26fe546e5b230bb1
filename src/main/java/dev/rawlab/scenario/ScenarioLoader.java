package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Loads scenario files: one text, one file, or every {@code *.json} of a folder a teacher points at
 * (sorted by name; a broken file brings its problems and the good ones still load). Nothing is
 * loaded from a file with any problem.
 */
public final class ScenarioLoader {

    /** The ending of a scenario file's name. */
    public static final String EXTENSION = ".json";

    private ScenarioLoader() {
    }

    /** Reads {@code text}, naming it {@code file} in problems; the scenario's default name is the file's name without {@code .json}. */
    public static LoadedFile read(String file, String text) {
        JsonLocations locations = JsonLocations.of(text);
        ProblemList problems = new ProblemList(file, locations);
        ScenarioFile parsed = ScenarioReader.read(text, locations, problems);
        Scenario scenario = parsed == null ? null : ScenarioBuilder.build(parsed, defaultName(file), problems);
        return new LoadedFile(file, problems.isEmpty() ? Optional.ofNullable(scenario) : Optional.empty(), problems.all());
    }

    /** Reads the file at {@code path}, naming it as given in problems. */
    public static LoadedFile load(Path path) {
        String file = path.toString();
        try {
            return read(file, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return unreadable(file, e);
        }
    }

    /** Every {@code *.json} file directly in {@code folder}, by name. */
    public static ScenarioCatalog loadFolder(Path folder) {
        List<LoadedFile> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            for (Path path : listing.filter(ScenarioLoader::isScenarioFile).sorted().toList()) {
                files.add(load(path));
            }
        } catch (IOException e) {
            files.add(unreadable(folder.toString(), e));
        }
        return new ScenarioCatalog(files);
    }

    static boolean isScenarioFile(Path path) {
        return path.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(path);
    }

    static LoadedFile unreadable(String file, IOException e) {
        ScenarioProblem problem = new ScenarioProblem(file, 1, 1, ScenarioProblem.WHOLE_FILE,
                Text.of("scenario.unreadable", String.valueOf(e.getMessage())));
        return new LoadedFile(file, Optional.empty(), List.of(problem));
    }

    /**
     * {@code lessons/scenarios/avatar-story.json} to {@code avatar-story}: a file's name without its
     * folder and extension, a scenario's name when the file gives none (and a lesson's id).
     */
    public static String defaultName(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }
}
