package dev.rawlab.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioParts;
import dev.rawlab.store.StoreConfig;
import java.util.Optional;

/**
 * Reads a setup (a preset's name or a scenario written inline) into the store a step starts from,
 * or into the whole scenario a predict-then-observe question plays.
 */
final class SetupReader {

    private final PresetShelf presets;

    SetupReader(PresetShelf presets) {
        this.presets = presets;
    }

    /** The store of the setup at {@code path}; null after recording a problem. A step plays its own actions, so an inline scenario may have none. */
    StoreConfig config(LessonFile.SetupEntry entry, String path, ProblemList problems) {
        if (!exactlyOne(entry, path, problems)) {
            return null;
        }
        if (entry.preset() != null) {
            return preset(entry.preset(), path, problems).map(Scenario::config).orElse(null);
        }
        ProblemList inline = problems.under(path + ".scenario");
        if (entry.scenario().actions() != null) {
            inline.add("actions", Text.of("lesson.setup.inlineActions"));
        }
        if (entry.scenario().expect() != null) {
            inline.add("expect", Text.of("lesson.setup.inlineActions"));
        }
        return ScenarioParts.config(entry.scenario(), inline);
    }

    /** The whole scenario of the setup at {@code path}, with its actions; null after recording a problem. */
    Scenario scenario(LessonFile.SetupEntry entry, String path, ProblemList problems) {
        if (!exactlyOne(entry, path, problems)) {
            return null;
        }
        if (entry.preset() != null) {
            return preset(entry.preset(), path, problems).orElse(null);
        }
        return ScenarioParts.scenario(entry.scenario(), "inline", problems.under(path + ".scenario"));
    }

    private static boolean exactlyOne(LessonFile.SetupEntry entry, String path, ProblemList problems) {
        if ((entry.preset() == null) == (entry.scenario() == null)) {
            problems.add(path, Text.of("lesson.setup.oneOf"));
            return false;
        }
        return true;
    }

    private Optional<Scenario> preset(String name, String path, ProblemList problems) {
        Optional<LoadedFile> file = presets.find(name);
        if (file.isEmpty()) {
            problems.add(path + ".preset", Text.of("lesson.setup.unknownPreset", name, presets.names()));
            return Optional.empty();
        }
        if (!file.get().ok()) {
            problems.add(path + ".preset", Text.of("lesson.setup.brokenPreset", name, file.get().problems().get(0).printable()));
            return Optional.empty();
        }
        return file.get().scenario();
    }
}
