package dev.rawlab.cli;

import dev.rawlab.check.CheckReport;
import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ExpectationCheck;
import dev.rawlab.scenario.ExpectationResult;
import dev.rawlab.scenario.LoadedFile;
import dev.rawlab.scenario.ScenarioPlayer;
import dev.rawlab.scenario.ScenarioProblem;
import dev.rawlab.scenario.ScenarioRun;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab run FILE|PRESET}: plays a scenario headless and prints its timeline, the checker's
 * summary and whether each expectation held; or, with {@code --json}, the operations and the summary
 * as JSON; with {@code --trace}, the full internal trace as well. Exits 1 when the file is broken or
 * an expectation did not hold.
 */
@Command(name = "run", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION, resourceBundle = "dev.rawlab.cli.help")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE|PRESET", descriptionKey = "run.target")
    private String target;

    @ArgGroup(exclusive = true)
    private Output output = new Output();

    /** What to print besides (or instead of) the timeline; the two options exclude each other. */
    static final class Output {
        @Option(names = "--json", descriptionKey = "run.json")
        boolean json;

        @Option(names = "--trace", descriptionKey = "run.trace")
        boolean trace;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine commandLine = spec.commandLine();
        LoadedFile loaded = ScenarioSource.resolve(target).orElseThrow(() -> new CommandLine.ParameterException(
                commandLine, Text.of("cli.run.notFound", target).format()));
        if (!loaded.ok()) {
            PrintWriter err = commandLine.getErr();
            for (ScenarioProblem problem : loaded.problems()) {
                err.println(problem.printable());
            }
            err.flush();
            return RawLabCommand.EXIT_PROBLEMS;
        }
        ScenarioRun run = ScenarioPlayer.play(loaded.scenario().orElseThrow());
        CheckReport report = run.check();
        List<ExpectationResult> expectations = ExpectationCheck.check(run, report);
        PrintWriter out = commandLine.getOut();
        if (output.json) {
            out.print(RunJson.write(report));
        } else {
            out.print(Timeline.text(run, report));
            out.print(SummaryText.text(report.summary()));
            out.print(SummaryText.expectations(expectations));
            if (output.trace) {
                out.println();
                out.println(Text.of("cli.run.traceHeading").format());
                out.print(run.store().trace().text());
            }
        }
        out.flush();
        return ExpectationCheck.allHeld(expectations) ? CommandLine.ExitCode.OK : RawLabCommand.EXIT_PROBLEMS;
    }
}
