package dev.rawlab.cli;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.ScenarioLoader;
import dev.rawlab.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab validate FILE...}: reads scenario files (a folder stands for every {@code *.json}
 * in it) and prints each problem as {@code FILE:LINE:COLUMN: FIELD: sentence}, or an "ok" line per
 * good file. Exits 1 if any file has a problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION, resourceBundle = "dev.rawlab.cli.help")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "validate.files")
    private List<Path> paths;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean problems = false;
        for (LoadedFile file : load()) {
            if (file.ok()) {
                String name = file.scenario().orElseThrow().name();
                out.println(Text.of("cli.validate.ok", file.file(), name).format());
            } else {
                problems = true;
                for (ScenarioProblem problem : file.problems()) {
                    out.println(problem.printable());
                }
            }
        }
        out.flush();
        return problems ? RawLabCommand.EXIT_PROBLEMS : CommandLine.ExitCode.OK;
    }

    private List<LoadedFile> load() {
        List<LoadedFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                files.addAll(ScenarioLoader.loadFolder(path).files());
            } else {
                files.add(ScenarioLoader.load(path));
            }
        }
        return files;
    }
}
