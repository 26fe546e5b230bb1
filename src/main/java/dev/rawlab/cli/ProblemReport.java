package dev.rawlab.cli;

import dev.rawlab.scenario.ScenarioProblem;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** How a listing command ends: every problem of a broken file on the error stream, and the exit code. */
final class ProblemReport {

    private ProblemReport() {
    }

    /** Prints {@code problems} to the command's error stream; 0 when there are none, else {@link RawLabCommand#EXIT_PROBLEMS}. */
    static int finish(CommandSpec spec, List<ScenarioProblem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        for (ScenarioProblem problem : problems) {
            err.println(problem.printable());
        }
        err.flush();
        return problems.isEmpty() ? CommandLine.ExitCode.OK : RawLabCommand.EXIT_PROBLEMS;
    }
}
