package dev.rawlab.store;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One generated action and the simulated time it is applied at. Times are absolute, so dropping
 * steps while shrinking keeps the rest where they were. {@link #toJava()} prints the step as Java
 * source, so a shrunk failure can be pasted into a test as it stands.
 */
record Step(long atMicros, Action action) {

    static Step step(double millis, Action action) {
        return new Step(Micros.ofMillis(millis), action);
    }

    /** {@code step(12.5, new Action.Get("u1", "k2", null, false))} */
    String toJava() {
        return "step(" + Micros.formatMillis(atMicros) + ", " + java(action) + ")";
    }

    static String toJava(List<Step> steps) {
        return steps.stream().map(step -> "        " + step.toJava()).collect(Collectors.joining(",\n", "List.of(\n", ")"));
    }

    private static String java(Action action) {
        if (action instanceof Action.Put put) {
            return "new Action.Put(" + str(put.user()) + ", " + str(put.key()) + ", " + str(put.body()) + ", " + str(put.node()) + ")";
        } else if (action instanceof Action.Get get) {
            return "new Action.Get(" + str(get.user()) + ", " + str(get.key()) + ", " + str(get.node()) + ", " + get.consistent() + ")";
        } else if (action instanceof Action.ListKeys list) {
            return "new Action.ListKeys(" + str(list.user()) + ", " + str(list.prefix()) + ", " + str(list.node()) + ")";
        } else if (action instanceof Action.Delete delete) {
            return "new Action.Delete(" + str(delete.user()) + ", " + str(delete.key()) + ", " + str(delete.node()) + ")";
        } else if (action instanceof Action.SetStrategy set) {
            return "new Action.SetStrategy(" + java(set.strategy()) + ")";
        } else if (action instanceof Action.SetLag set) {
            return "new Action.SetLag(" + str(set.node()) + ", " + java(set.lag()) + ")";
        } else if (action instanceof Action.SetNetwork set) {
            return "new Action.SetNetwork(" + java(set.network()) + ")";
        } else if (action instanceof Action.TakeOffline off) {
            return "new Action.TakeOffline(" + str(off.node()) + ")";
        } else if (action instanceof Action.BringOnline on) {
            return "new Action.BringOnline(" + str(on.node()) + ")";
        } else if (action instanceof Action.SetCache set) {
            return "new Action.SetCache(" + number(set.ttlMillis()) + ")";
        }
        throw new IllegalArgumentException("no Java form for " + action);
    }

    static String java(Strategy s) {
        RetryPolicy r = s.retry();
        SyncReplication y = s.sync();
        return "new Strategy(ReadMode." + s.read() + ", LbPolicy." + s.lbPolicy() + ", TokenMode." + s.versionToken()
                + ", new RetryPolicy(" + r.attempts() + ", " + number(r.baseDelayMillis()) + ", " + number(r.multiplier())
                + ", " + number(r.jitter()) + "), " + s.lazyLookup() + ", new SyncReplication(SyncReplication.Mode." + y.mode()
                + ", " + y.count() + ", SyncReplication.OnOffline." + y.onOffline() + ", " + number(y.timeoutMillis()) + "), "
                + s.strongConsistency() + ", " + s.readQuorum() + ", " + s.writeQuorum() + ")";
    }

    static String java(LatencyDistribution distribution) {
        return "LatencyDistribution.parse(" + str(distribution.text()) + ")";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    private static String str(String value) {
        return value == null ? "null" : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
