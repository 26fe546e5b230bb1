package dev.rawlab.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top of the headless command line, {@code raw-lab}: holds the subcommands ({@code run},
 * {@code validate}, {@code scenarios}, {@code lessons}, {@code reset-progress}, {@code experiment},
 * {@code tradeoffs}) and the standard {@code --help} and {@code --version}
 * options. Help texts come from the {@code dev.rawlab.cli.help} resource bundle.
 *
 * <p>Exit codes: 0 all well, 1 problems found (a broken file, an expectation that did not hold),
 * 2 bad usage (picocli's own code for a wrong option or argument).
 */
@Command(name = "raw-lab", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION,
        resourceBundle = "dev.rawlab.cli.help",
        subcommands = {RunCommand.class, ValidateCommand.class, ScenariosCommand.class, LessonsCommand.class,
                ResetProgressCommand.class, ExperimentCommand.class, TradeoffsCommand.class})
public final class RawLabCommand implements Callable<Integer> {

    /** The version {@code --version} prints. */
    public static final String VERSION = "raw-lab 0.1.0";

    /** Exit code when something was found wrong: a broken file, an expectation that did not hold. */
    public static final int EXIT_PROBLEMS = 1;

    @Spec
    private CommandSpec spec;

    /** Without a subcommand there is nothing to do: show the usage and report bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
