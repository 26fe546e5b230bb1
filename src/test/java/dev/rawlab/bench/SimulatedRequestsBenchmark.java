package dev.rawlab.bench;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Simulated requests per second: PUT then GET through the load balancer of an object store with
 * three replicas (constant lags of 10, 20 and 30 ms, 1 ms per message), on one thread. One
 * invocation builds a fresh store and plays {@value #PAIRS} PUT/GET pairs (a PUT and a GET every
 * 5 simulated ms, on 16 keys) until the store is quiet, so the score (ops/s) is simulated requests
 * per second of wall time, replication included. {@code lean} keeps only actions and finished
 * operations in the trace ({@link Store#createLean}); {@code fullTrace} records every internal
 * event too ({@link Store#create}).
 *
 * <p>Run: {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="SimulatedRequests -f 1 -wi 3 -i 5 -w 1s -r 1s -t 1"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SimulatedRequestsBenchmark {

    /** PUT/GET pairs per invocation: enough to amortise building the store, few enough to keep the trace small. */
    static final int PAIRS = 500;
    /** Requests per invocation: one PUT and one GET per pair. */
    static final int REQUESTS = 2 * PAIRS;
    private static final int KEYS = 16;
    private static final long STEP_MICROS = 5 * Micros.PER_MILLI;

    private StoreConfig config;
    private Action[] puts;
    private Action[] gets;

    @Setup
    public void setUp() {
        config = StoreConfig.of(Topology.OBJECT_STORE, 3).withLags(List.of(
                LatencyDistribution.parse("const:10"), LatencyDistribution.parse("const:20"), LatencyDistribution.parse("const:30")));
        puts = new Action[KEYS];
        gets = new Action[KEYS];
        for (int i = 0; i < KEYS; i++) {
            puts[i] = new Action.Put("alice", "object-" + i, "bytes-" + i);
            gets[i] = new Action.Get("alice", "object-" + i);
        }
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public long lean() {
        return play(Store.createLean(config));
    }

    @Benchmark
    @OperationsPerInvocation(REQUESTS)
    public long fullTrace() {
        return play(Store.create(config));
    }

    /** Plays the pairs and returns how many operations finished (so the work cannot be optimised away). */
    private long play(Store store) {
        long now = 0;
        for (int i = 0; i < PAIRS; i++) {
            store.apply(puts[i % KEYS]);
            now += STEP_MICROS;
            store.advanceTo(now);
            store.apply(gets[i % KEYS]);
            now += STEP_MICROS;
            store.advanceTo(now);
        }
        store.runUntilQuiet(Long.MAX_VALUE);
        int finished = store.trace().operations().size();
        if (finished != REQUESTS) {
            throw new IllegalStateException(finished + " of " + REQUESTS + " requests finished");
        }
        return finished;
    }
}
