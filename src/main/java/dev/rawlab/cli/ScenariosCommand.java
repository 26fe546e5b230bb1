package dev.rawlab.cli;

import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioCatalog;
import dev.rawlab.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab scenarios [--dir FOLDER]}: lists the presets (or the scenarios of a folder), one
 * per line: name, then title. Broken files are reported on the error stream, and make it exit 1.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION, resourceBundle = "dev.rawlab.cli.help")
final class ScenariosCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "FOLDER", descriptionKey = "scenarios.dir")
    private Path folder;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ScenarioCatalog catalog = folder == null ? Presets.load() : ScenarioLoader.loadFolder(folder);
        PrintWriter out = spec.commandLine().getOut();
        int width = catalog.scenarios().stream().mapToInt(scenario -> scenario.name().length()).max().orElse(0);
        for (Scenario scenario : catalog.scenarios()) {
            out.println(scenario.name() + " ".repeat(width - scenario.name().length()) + "  " + scenario.title());
        }
        out.flush();
        return ProblemReport.finish(spec, catalog.problems());
    }
}
