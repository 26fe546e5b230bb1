package dev.rawlab.cli;

import dev.rawlab.experiment.DefaultScene;
import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.ExperimentRunner;
import dev.rawlab.experiment.Fix;
import dev.rawlab.experiment.ObjectKind;
import dev.rawlab.experiment.StoreTrial;
import dev.rawlab.experiment.TrialKind;
import dev.rawlab.experiment.WarsModel;
import dev.rawlab.experiment.WarsTrial;
import dev.rawlab.i18n.Text;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.StrategyRules;
import dev.rawlab.store.Topology;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code raw-lab experiment}: Monte Carlo trials of "PUT, acknowledgement, wait t, read" over a grid
 * of t, on the full simulated object store ({@code --mode primary}, the default scene unless told
 * otherwise) or on the WARS fast path of a leaderless quorum ({@code --mode quorum}). Prints a
 * table, or JSON ({@code --json}) or CSV ({@code --csv}). Options that do not belong to the chosen
 * mode, and values it cannot read, are bad usage: a sentence on the error stream and exit code 2.
 */
@Command(name = "experiment", mixinStandardHelpOptions = true, version = RawLabCommand.VERSION,
        resourceBundle = "dev.rawlab.cli.help")
final class ExperimentCommand implements Callable<Integer> {

    static final String PRIMARY = "primary";
    static final String QUORUM = "quorum";
    private static final List<String> PRIMARY_ONLY = List.of("--replicas", "--lag", "--read", "--write");
    private static final List<String> QUORUM_ONLY = List.of("--n", "--r", "--w", "--profile");

    @Option(names = "--mode", paramLabel = "primary|quorum", defaultValue = PRIMARY, descriptionKey = "experiment.mode")
    String mode;

    @Option(names = "--replicas", paramLabel = "N", defaultValue = "2", descriptionKey = "experiment.replicas")
    int replicas;

    @Option(names = "--lag", paramLabel = "DIST[,DIST...]", defaultValue = "const:10,const:80", descriptionKey = "experiment.lag")
    String lag;

    @Option(names = "--network", paramLabel = "DIST", descriptionKey = "experiment.network")
    String network;

    @Option(names = "--read", paramLabel = "STRATEGY", defaultValue = "eventual", descriptionKey = "experiment.read")
    String read;

    @Option(names = "--write", paramLabel = "MODE", defaultValue = "async", descriptionKey = "experiment.write")
    String write;

    @Option(names = "--object", paramLabel = "new|overwrite", defaultValue = "new", descriptionKey = "experiment.object")
    String object;

    @Option(names = "--n", paramLabel = "N", defaultValue = "3", descriptionKey = "experiment.n")
    int n;

    @Option(names = "--r", paramLabel = "R", defaultValue = "1", descriptionKey = "experiment.r")
    int r;

    @Option(names = "--w", paramLabel = "W", defaultValue = "1", descriptionKey = "experiment.w")
    int w;

    @Option(names = "--profile", paramLabel = "NAME", descriptionKey = "experiment.profile")
    String profile;

    @Option(names = "--t", paramLabel = "LIST", defaultValue = "0,1,2,5,10,20,50,100,200", descriptionKey = "experiment.t")
    String t;

    @Option(names = "--trials", paramLabel = "K", defaultValue = "10000", descriptionKey = "experiment.trials")
    int trials;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42", descriptionKey = "experiment.seed")
    long seed;

    @Option(names = "--threads", paramLabel = "T", descriptionKey = "experiment.threads")
    Integer threads;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    /** JSON or CSV instead of the table; not both. */
    static final class Output {
        @Option(names = "--json", descriptionKey = "experiment.json")
        boolean json;

        @Option(names = "--csv", descriptionKey = "experiment.csv")
        boolean csv;
    }

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        TrialKind kind;
        long[] tMicros;
        int threadCount;
        try {
            tMicros = ExperimentArgs.times(t);
            if (trials < 1 || trials > 100_000_000) {
                throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.trials", trials));
            }
            threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (threadCount < 1 || threadCount > 256) {
                throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.threads", threadCount));
            }
            kind = switch (mode) {
                case PRIMARY -> storeTrial();
                case QUORUM -> quorumTrial();
                default -> throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.mode", mode));
            };
        } catch (ExperimentArgs.BadArgument e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ExperimentResult result = ExperimentRunner.run(kind, tMicros, trials, seed, threadCount);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            out.print(ExperimentJson.write(mode, result));
        } else if (output.csv) {
            out.print(ExperimentCsv.write(result));
        } else {
            out.print(ExperimentText.write(describe(kind), result));
        }
        out.flush();
        return CommandLine.ExitCode.OK;
    }

    private StoreTrial storeTrial() {
        refuse(QUORUM_ONLY, PRIMARY);
        if (replicas < 1 || replicas > Topology.OBJECT_STORE.maxNodes()) {
            throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.replicas", replicas, Topology.OBJECT_STORE.maxNodes()));
        }
        StoreConfig scene = DefaultScene.config();
        StoreConfig config = new StoreConfig(Topology.OBJECT_STORE, replicas, ExperimentArgs.lags(lag),
                network == null ? scene.network() : ExperimentArgs.distribution("--network", network),
                scene.users(), 0, scene.strategy(), seed);
        Fix fix = ExperimentArgs.fix(read);
        Strategy strategy = fix.apply(config.strategy());
        if (spec.commandLine().getParseResult().hasMatchedOption("--write")) {
            strategy = strategy.withSync(ExperimentArgs.write(write));
        }
        config = config.withStrategy(strategy);
        List<Text> problems = StrategyRules.problems(config.strategy(), config.topology(), config.nodes());
        if (!problems.isEmpty()) {
            throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.strategy", problems.get(0)));
        }
        return new StoreTrial(config, ExperimentArgs.object(object));
    }

    private WarsTrial quorumTrial() {
        refuse(PRIMARY_ONLY, QUORUM);
        if (profile != null && network != null) {
            throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.profileAndNetwork"));
        }
        if (n < 1 || n > 64 || r < 1 || r > n || w < 1 || w > n) {
            throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.quorum", n, r, w));
        }
        WarsModel model = network != null
                ? WarsModel.uniform(ExperimentArgs.distribution("--network", network))
                : ExperimentArgs.profile(profile == null ? WarsModel.Profile.LNKD_SSD.displayName() : profile).model();
        return new WarsTrial(model, n, r, w, ExperimentArgs.object(object));
    }

    /** Options of the other mode, given by hand, are bad usage. */
    private void refuse(List<String> others, String chosen) {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        for (String option : others) {
            if (parsed.hasMatchedOption(option)) {
                throw new ExperimentArgs.BadArgument(Text.of("experiment.bad.otherMode", option, chosen));
            }
        }
    }

    private String describe(TrialKind kind) {
        if (kind instanceof WarsTrial wars) {
            String delays = profile != null || network == null
                    ? (profile == null ? WarsModel.Profile.LNKD_SSD.displayName() : ExperimentArgs.profile(profile).displayName())
                    : network;
            return Text.of("experiment.heading.quorum", wars.n(), wars.r(), wars.w(), delays, object, trials, seed).format();
        }
        StoreTrial store = (StoreTrial) kind;
        return Text.of("experiment.heading.primary", store.config().nodes(), lag, store.config().network().text(),
                store.config().strategy().summary(), object, trials, seed).format();
    }
}
