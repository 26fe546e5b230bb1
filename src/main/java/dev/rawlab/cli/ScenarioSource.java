package dev.rawlab.cli;

import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the scenario a command names: a file path if such a file exists, else a preset by name
 * (the preset's file name without {@code .json}, or the {@code name} inside it).
 */
final class ScenarioSource {

    private ScenarioSource() {
    }

    /** The loaded file, or empty when {@code target} is neither a file nor a preset. */
    static Optional<LoadedFile> resolve(String target) {
        Path path = Path.of(target);
        if (Files.isRegularFile(path)) {
            return Optional.of(ScenarioLoader.load(path));
        }
        String wanted = target.endsWith(ScenarioLoader.EXTENSION)
                ? target.substring(0, target.length() - ScenarioLoader.EXTENSION.length()) : target;
        return Presets.find(wanted);
    }
}
