package dev.rawlab.lesson;

import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.Scenario;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The presets a loading run has looked up, each read once however many steps name it. */
final class PresetShelf {

    private final Map<String, Optional<LoadedFile>> found = new HashMap<>();
    private List<String> names;

    /** The preset called {@code name}: empty if there is none, a file with problems if it is broken. */
    Optional<LoadedFile> find(String name) {
        return found.computeIfAbsent(name, Presets::find);
    }

    /** The scenario of the preset called {@code name}, if it exists and loads. */
    Optional<Scenario> scenario(String name) {
        return find(name).flatMap(LoadedFile::scenario);
    }

    /** Every preset's name, for the sentence that says which exist. */
    String names() {
        if (names == null) {
            names = Presets.load().scenarios().stream().map(Scenario::name).sorted().toList();
        }
        return String.join(", ", names);
    }
}
