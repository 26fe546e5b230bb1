package dev.rawlab.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The scenario files of one folder (or of the presets), in file-name order: the good ones load,
 * the broken ones bring their problems.
 */
public record ScenarioCatalog(List<LoadedFile> files) {

    public ScenarioCatalog {
        files = List.copyOf(files);
    }

    /** Every scenario that loaded, in file-name order. */
    public List<Scenario> scenarios() {
        List<Scenario> scenarios = new ArrayList<>();
        files.forEach(file -> file.scenario().ifPresent(scenarios::add));
        return scenarios;
    }

    /** Every problem of every file, file by file. */
    public List<ScenarioProblem> problems() {
        List<ScenarioProblem> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(file.problems()));
        return problems;
    }

    /** The scenario called {@code name}, if one loaded. */
    public Optional<Scenario> find(String name) {
        return scenarios().stream().filter(scenario -> scenario.name().equals(name)).findFirst();
    }
}
