package dev.rawlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A store driven by hand in a test: actions at given milliseconds through {@link Store#apply(Action)},
 * then the finished operations and trace events read back. One scene per test; nothing shared.
 */
final class Scene {

    /** How far {@link #finish()} lets a run go before calling it stuck: ten simulated minutes. */
    private static final long QUIET_LIMIT_MICROS = 600L * Micros.PER_SECOND;

    final Store store;

    Scene(StoreConfig config) {
        this.store = Store.create(config);
    }

    static LatencyDistribution ms(String text) {
        return LatencyDistribution.parse(text);
    }

    /** A config of {@code topology} with one lag per node, e.g. {@code "const:10", "const:80"}. */
    static StoreConfig config(Topology topology, String... lags) {
        return StoreConfig.of(topology, lags.length).withLags(Arrays.stream(lags).map(Scene::ms).toList());
    }

    /** Applies {@code action} at {@code millis}; it must be accepted. Returns its operation id (or -1). */
    long at(double millis, Action action) {
        store.advanceTo(Micros.ofMillis(millis));
        ActionResult result = store.apply(action);
        assertThat(result.accepted()).as("%s accepted (problems %s)", action.describe(), result.problems()).isTrue();
        return result.operationId();
    }

    Scene runTo(double millis) {
        store.advanceTo(Micros.ofMillis(millis));
        return this;
    }

    /** Runs until nothing is scheduled; fails if the store never goes quiet. */
    Scene finish() {
        assertThat(store.runUntilQuiet(store.nowMicros() + QUIET_LIMIT_MICROS)).as("store goes quiet").isTrue();
        return this;
    }

    /** The finished record of operation {@code id}; fails if it has not finished. */
    OperationRecord record(long id) {
        return store.trace().operations().stream().filter(op -> op.id() == id).findFirst()
                .orElseThrow(() -> new AssertionError("operation " + id + " has not finished"));
    }

    boolean finished(long id) {
        return store.trace().operations().stream().anyMatch(op -> op.id() == id);
    }

    <T extends TraceEvent> List<T> events(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (TraceEvent event : store.trace().events()) {
            if (type.isInstance(event)) {
                found.add(type.cast(event));
            }
        }
        return found;
    }

    /** The nodes each operation was routed to, in order. */
    List<String> routes(long operationId) {
        return events(TraceEvent.Routed.class).stream().filter(r -> r.operationId() == operationId)
                .map(TraceEvent.Routed::node).toList();
    }

    /** The time (in microseconds) {@code node} applied {@code version} of {@code key}. */
    long appliedAt(String node, String key, long version) {
        return events(TraceEvent.Applied.class).stream()
                .filter(a -> a.node().equals(node) && a.key().equals(key) && a.version() == version)
                .mapToLong(TraceEvent.Applied::timeMicros).findFirst()
                .orElseThrow(() -> new AssertionError(node + " never applied " + key + " v" + version));
    }

    StoreSnapshot.NodeView node(String id) {
        return store.snapshot().node(id);
    }

    static long micros(double millis) {
        return Micros.ofMillis(millis);
    }
}
