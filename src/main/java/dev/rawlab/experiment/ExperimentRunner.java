package dev.rawlab.experiment;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs the trials of an experiment, on one thread or spread over a pool, and summarises them. Trials
 * are cut into fixed chunks of {@value #CHUNK_TRIALS}; each trial writes only its own cells of the
 * {@link TrialTable} and draws only from its own seed ({@link TrialSeeds}), so the result is the same
 * at any thread count.
 */
public final class ExperimentRunner {

    /** Trials per unit of parallel work. */
    public static final int CHUNK_TRIALS = 1_024;

    private ExperimentRunner() {
    }

    /** Runs {@code trials} trials of {@code kind} at every time of {@code tMicros} on {@code threads} threads. */
    public static ExperimentResult run(TrialKind kind, long[] tMicros, int trials, long seed, int threads) {
        return run(kind, tMicros, trials, seed, threads, Progress.NONE);
    }

    /**
     * As {@link #run(TrialKind, long[], int, long, int)}, reporting each finished chunk to
     * {@code progress}; throws {@link java.util.concurrent.CancellationException} once it says stop.
     */
    public static ExperimentResult run(TrialKind kind, long[] tMicros, int trials, long seed, int threads, Progress progress) {
        return ExperimentResult.of(table(kind, tMicros, trials, seed, threads, progress), tMicros);
    }

    /** The raw table, for tests and benchmarks that look at single trials. */
    public static TrialTable table(TrialKind kind, long[] tMicros, int trials, long seed, int threads) {
        return table(kind, tMicros, trials, seed, threads, Progress.NONE);
    }

    private static TrialTable table(TrialKind kind, long[] tMicros, int trials, long seed, int threads, Progress progress) {
        if (trials < 1 || threads < 1) {
            throw new IllegalArgumentException("trials and threads must be positive: " + trials + ", " + threads);
        }
        long[] times = tMicros.clone();
        TrialTable table = new TrialTable(times.length, trials);
        int chunks = (trials + CHUNK_TRIALS - 1) / CHUNK_TRIALS;
        IntConsumer chunk = index -> {
            if (progress.cancelled()) {
                throw new CancellationException();
            }
            int end = Math.min(trials, (index + 1) * CHUNK_TRIALS);
            for (int trial = index * CHUNK_TRIALS; trial < end; trial++) {
                kind.run(TrialSeeds.seed(seed, trial), times, table, trial);
            }
            progress.advanced(end - index * CHUNK_TRIALS);
        };
        if (threads == 1 || chunks == 1) {
            IntStream.range(0, chunks).forEach(chunk);
            return table;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, chunks).parallel().forEach(chunk)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("experiment interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof CancellationException cancelled) {
                throw cancelled;
            }
            throw new IllegalStateException("a trial failed", e.getCause());
        } finally {
            pool.shutdown();
        }
        return table;
    }
}
