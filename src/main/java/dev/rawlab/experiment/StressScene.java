package dev.rawlab.experiment;

import dev.rawlab.sim.Concern;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.sim.RandomStreams;
import dev.rawlab.store.Action;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.Topology;
import dev.rawlab.store.UserSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A deliberately busy scene for measuring how fast the window draws: an object store with 16
 * replicas, slow messages (20 to 80 ms each way) and a steady stream of GETs and PUTs from many
 * users, so that about 2,000 messages are in flight at once. Each operation keeps one message in
 * flight at a time for about four hops of 50 ms, so in-flight messages are about the operation
 * rate times 200 ms: 10 operations per millisecond give 2,000.
 */
public final class StressScene {

    public static final int REPLICAS = 16;
    public static final int USERS = 24;
    /** Operations started per simulated millisecond. */
    public static final int OPERATIONS_PER_MILLI = 10;

    private StressScene() {
    }

    public static StoreConfig config() {
        List<UserSpec> users = new ArrayList<>();
        for (int i = 1; i <= USERS; i++) {
            users.add(new UserSpec("user" + i, i));
        }
        return new StoreConfig(Topology.OBJECT_STORE, REPLICAS, List.of(LatencyDistribution.parse("exp:150")),
                LatencyDistribution.parse("uniform:20:80"), users, 0, dev.rawlab.store.Strategy.EVENTUAL, 2_000);
    }

    /** A script of {@code durationMillis} of steady traffic: mostly GETs, one PUT in five, over 50 keys. */
    public static List<TimedAction> script(long durationMillis) {
        RandomGenerator random = new RandomStreams(2_000).stream(Concern.WORKLOAD);
        List<TimedAction> actions = new ArrayList<>();
        for (long milli = 0; milli < durationMillis; milli++) {
            for (int i = 0; i < OPERATIONS_PER_MILLI; i++) {
                long at = Micros.ofMillis(milli) + i * (Micros.PER_MILLI / OPERATIONS_PER_MILLI);
                String user = "user" + (1 + random.nextInt(USERS));
                String key = "photo" + random.nextInt(50) + ".jpg";
                Action action = random.nextInt(5) == 0
                        ? new Action.Put(user, key, "bytes" + milli)
                        : new Action.Get(user, key);
                actions.add(new TimedAction(at, action));
            }
        }
        return actions;
    }
}
