package dev.rawlab.cli;

import dev.rawlab.i18n.Text;
import dev.rawlab.lesson.DataFolder;
import dev.rawlab.lesson.ProgressStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab reset-progress [--data-dir FOLDER]}: forgets the learner's completed steps and quiz
 * answers by deleting the progress file from the data folder, and says which file that was.
 */
@Command(name = "reset-progress", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION,
        resourceBundle = "dev.rawlab.cli.help")
final class ResetProgressCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "FOLDER", descriptionKey = "reset-progress.dataDir")
    private Path dataDir;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ProgressStore store = new ProgressStore(dataDir == null ? DataFolder.forThisUser() : dataDir);
        PrintWriter out = spec.commandLine().getOut();
        boolean existed = Files.exists(store.file());
        Optional<Text> failure = store.reset();
        if (failure.isPresent()) {
            spec.commandLine().getErr().println(failure.get().format());
            spec.commandLine().getErr().flush();
            return RawLabCommand.EXIT_PROBLEMS;
        }
        out.println(Text.of(existed ? "cli.resetProgress.done" : "cli.resetProgress.nothing", store.file().toString()).format());
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
