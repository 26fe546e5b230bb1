package dev.rawlab.bench;

import dev.rawlab.experiment.DefaultScene;
import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.ExperimentRunner;
import dev.rawlab.experiment.ObjectKind;
import dev.rawlab.experiment.StoreTrial;
import dev.rawlab.experiment.TrialTable;
import dev.rawlab.experiment.WarsModel;
import dev.rawlab.experiment.WarsTrial;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Experiment trials per second on one thread, one time point per trial (t = 0):
 * {@code quorumFastPath} runs {@value #QUORUM_TRIALS} WARS trials (N = 3, R = W = 1, LNKD-SSD) into
 * a trial table; {@code quorumWithSummary} does the same and then summarises it (shares and latency
 * percentiles, which sort every sample); {@code fullStore} runs {@value #STORE_TRIALS} trials of the
 * window's default scene on the full simulated store ({@code Store.createLean}), a fresh store per
 * trial. The score (ops/s) is trials per second.
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="ExperimentTrials -f 1 -wi 3 -i 10 -w 1s -r 1s -t 1"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ExperimentTrialsBenchmark {

    static final int QUORUM_TRIALS = 200_000;
    static final int STORE_TRIALS = 2_000;
    private static final long[] AT_ZERO = {0};
    private static final long SEED = 42;

    private final WarsTrial quorum = new WarsTrial(WarsModel.Profile.LNKD_SSD.model(), 3, 1, 1, ObjectKind.NEW);
    private final StoreTrial store = new StoreTrial(DefaultScene.config(), ObjectKind.NEW);

    @Benchmark
    @OperationsPerInvocation(QUORUM_TRIALS)
    public TrialTable quorumFastPath() {
        return ExperimentRunner.table(quorum, AT_ZERO, QUORUM_TRIALS, SEED, 1);
    }

    @Benchmark
    @OperationsPerInvocation(QUORUM_TRIALS)
    public ExperimentResult quorumWithSummary() {
        return ExperimentRunner.run(quorum, AT_ZERO, QUORUM_TRIALS, SEED, 1);
    }

    @Benchmark
    @OperationsPerInvocation(STORE_TRIALS)
    public TrialTable fullStore() {
        return ExperimentRunner.table(store, AT_ZERO, STORE_TRIALS, SEED, 1);
    }
}
