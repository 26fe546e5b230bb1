package dev.rawlab.experiment;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Strategy;
import java.util.List;
import java.util.Objects;

/**
 * A trial on the full simulated store ({@link Store#createLean}): for each time {@code t} of the grid,
 * a fresh store seeded with the trial's seed; the writer PUTs the key (over an old body everybody
 * already has, for an overwrite), waits for the acknowledgement, waits {@code t}, and GETs the key
 * through the load balancer with the store's strategy. Works for any configuration and any fix.
 *
 * <p>{@code readNetwork}, when set, replaces the network delay for the read's messages after its
 * first hop (the user to the load balancer), so a test can put a delay on the read's way to the
 * replica alone.
 */
public record StoreTrial(StoreConfig config, ObjectKind kind, LatencyDistribution readNetwork) implements TrialKind {

    /** The key every trial writes and reads. */
    public static final String KEY = "avatar.png";
    static final String OLD_BODY = "old";
    static final String NEW_BODY = "new";
    /** A trial gives up on an operation after this much simulated time: one hour. */
    static final long LIMIT_MICROS = 3_600L * Micros.PER_SECOND;

    public StoreTrial {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(kind, "kind");
        if (config.users().isEmpty()) {
            throw new IllegalArgumentException("the store needs a user to write and read");
        }
    }

    public StoreTrial(StoreConfig config, ObjectKind kind) {
        this(config, kind, null);
    }

    /** The user who writes and then reads: the config's first user. */
    String writer() {
        return config.users().get(0).name();
    }

    @Override
    public void run(long seed, long[] tMicros, TrialTable table, int trial) {
        for (int point = 0; point < tMicros.length; point++) {
            runOnce(config.withSeed(seed), tMicros[point], table, point, trial);
        }
    }

    private void runOnce(StoreConfig seeded, long tMicros, TrialTable table, int point, int trial) {
        Store store = Store.createLean(seeded);
        String writer = writer();
        if (kind == ObjectKind.OVERWRITE) {
            OperationRecord first = finish(store, store.apply(new Action.Put(writer, KEY, OLD_BODY)));
            store.runUntilQuiet(store.nowMicros() + LIMIT_MICROS);
            if (first == null || !first.ok()) {
                table.record(point, trial, ReadOutcome.NO_ANSWER, -1, -1, false, 0, 0, 0);
                return;
            }
        }
        OperationRecord written = finish(store, store.apply(new Action.Put(writer, KEY, NEW_BODY)));
        if (written == null || !written.ok()) {
            table.record(point, trial, ReadOutcome.NO_ANSWER, -1, -1, false, 0, 0, 0);
            return;
        }
        store.advanceTo(written.completeMicros() + tMicros);
        ActionResult get = store.apply(new Action.Get(writer, KEY));
        if (readNetwork != null) {
            store.apply(new Action.SetNetwork(readNetwork));
        }
        OperationRecord read = finish(store, get);
        if (read == null) {
            table.record(point, trial, ReadOutcome.NO_ANSWER, -1, written.latencyMicros(), false, 0, 0, 0);
            return;
        }
        int primaryVisits = 0;
        int replicaVisits = 0;
        for (String node : read.nodesTouched()) {
            if (StoreConfig.PRIMARY.equals(node)) {
                primaryVisits++;
            } else {
                replicaVisits++;
            }
        }
        Strategy strategy = store.strategy();
        if (strategy.strongConsistency() && seeded.topology().hasPrimary()) {
            primaryVisits += replicaVisits;
        }
        table.record(point, trial, outcome(read, written.version()), read.latencyMicros(), written.latencyMicros(),
                read.servedByPrimary(), read.messages(), primaryVisits, replicaVisits);
    }

    private static ReadOutcome outcome(OperationRecord read, long writtenVersion) {
        return switch (read.status()) {
            case 200 -> read.version() >= writtenVersion ? ReadOutcome.SEES_WRITE : ReadOutcome.OLD_BODY;
            case 404 -> ReadOutcome.NOT_FOUND;
            default -> ReadOutcome.NO_ANSWER;
        };
    }

    /** Fires events until the operation {@code started} finishes; null if it was refused or never finished. */
    private static OperationRecord finish(Store store, ActionResult started) {
        if (!started.accepted() || started.operationId() == ActionResult.NO_OPERATION) {
            return null;
        }
        List<OperationRecord> done = store.trace().operations();
        long limit = store.nowMicros() + LIMIT_MICROS;
        while (true) {
            if (!done.isEmpty() && done.get(done.size() - 1).id() == started.operationId()) {
                return done.get(done.size() - 1);
            }
            long next = store.nextEventMicros();
            if (next < 0 || next > limit) {
                return null;
            }
            store.step();
        }
    }
}
