package dev.rawlab.cli;

import dev.rawlab.experiment.CostModel;
import dev.rawlab.experiment.DefaultScene;
import dev.rawlab.experiment.TradeoffRow;
import dev.rawlab.experiment.TradeoffTable;
import dev.rawlab.i18n.Text;
import dev.rawlab.sim.Micros;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab tradeoffs}: the sources' comparison table (read latency, staleness window, read
 * throughput, cost, what the application must do), eventual against each fix, measured on the
 * window's default scene by {@link TradeoffTable}.
 */
@Command(name = "tradeoffs", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION,
        resourceBundle = "dev.rawlab.cli.help")
final class TradeoffsCommand implements Callable<Integer> {

    @Option(names = "--trials", paramLabel = "K", defaultValue = "2000", descriptionKey = "tradeoffs.trials")
    int trials;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", descriptionKey = "experiment.seed")
    long seed;

    @Option(names = "--threads", paramLabel = "T", descriptionKey = "experiment.threads")
    Integer threads;

    @Option(names = "--node-capacity", paramLabel = "READS_PER_S", defaultValue = "10000", descriptionKey = "tradeoffs.capacity")
    double capacity;

    @Option(names = "--node-cost", paramLabel = "PER_HOUR", defaultValue = "0.10", descriptionKey = "tradeoffs.cost")
    double nodeCost;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (trials < 1 || trials > 10_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), Text.of("experiment.bad.trials", trials).format());
        }
        if (threadCount < 1 || threadCount > 256) {
            throw new CommandLine.ParameterException(spec.commandLine(), Text.of("experiment.bad.threads", threadCount).format());
        }
        if (!(capacity > 0) || !(nodeCost >= 0) || !Double.isFinite(capacity) || !Double.isFinite(nodeCost)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Text.of("tradeoffs.bad.cost").format());
        }
        CostModel cost = new CostModel(capacity, nodeCost);
        long[] tMicros = new long[TradeoffTable.DEFAULT_T_MILLIS.length];
        for (int i = 0; i < tMicros.length; i++) {
            tMicros[i] = Micros.ofMillis(TradeoffTable.DEFAULT_T_MILLIS[i]);
        }
        List<TradeoffRow> rows = TradeoffTable.measure(DefaultScene.config().withSeed(seed), tMicros, trials, seed,
                threadCount, cost);
        PrintWriter out = spec.commandLine().getOut();
        out.print(TradeoffText.write(rows, DefaultScene.config().nodes(), trials, seed, cost));
        out.flush();
        return CommandLine.ExitCode.OK;
    }
}
