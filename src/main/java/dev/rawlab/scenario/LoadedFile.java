package dev.rawlab.scenario;

import java.util.List;
import java.util.Optional;

/**
 * What came of reading one scenario file: the scenario, or (if anything at all was wrong) no
 * scenario and the problems.
 *
 * @param file the name the problems use for the file: the path as given, or the classpath resource
 */
public record LoadedFile(String file, Optional<Scenario> scenario, List<ScenarioProblem> problems) {

    public LoadedFile {
        problems = List.copyOf(problems);
        if (scenario.isPresent() && !problems.isEmpty()) {
            throw new IllegalArgumentException("a file with problems loads no scenario");
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
