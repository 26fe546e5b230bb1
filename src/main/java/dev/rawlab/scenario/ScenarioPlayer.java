package dev.rawlab.scenario;

import dev.rawlab.store.TimedAction;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Plays a scenario on a fresh store: applies each action through {@link Store#apply} at its time
 * (in order of time; actions at the same time in file order), then lets the store run until nothing
 * is left to happen, until the scenario's {@code runUntilMillis}, or for at most
 * {@link #QUIET_CAP_MICROS} after the last action. The same scenario always gives the same trace.
 */
public final class ScenarioPlayer {

    /** How long after its last action a run may go on before it is stopped: one hour. */
    public static final long QUIET_CAP_MICROS = 3_600L * Micros.PER_SECOND;

    private ScenarioPlayer() {
    }

    /** Plays {@code scenario} to its end. */
    public static ScenarioRun play(Scenario scenario) {
        Store store = Store.create(scenario.config());
        ActionResult[] results = new ActionResult[scenario.actions().size()];
        long lastMicros = 0;
        for (int index : playOrder(scenario.actions())) {
            TimedAction timed = scenario.actions().get(index);
            store.advanceTo(Math.max(store.nowMicros(), timed.atMicros()));
            results[index] = store.apply(timed.action());
            lastMicros = timed.atMicros();
        }
        if (scenario.runUntilMillis().isPresent()) {
            store.advanceTo(Math.max(store.nowMicros(), Micros.ofMillis(scenario.runUntilMillis().getAsLong())));
        } else {
            store.runUntilQuiet(lastMicros + QUIET_CAP_MICROS);
        }
        return new ScenarioRun(scenario, store, Arrays.asList(results));
    }

    /**
     * Builds a fresh store from {@code config} and replays {@code actions} up to {@code untilMicros}
     * (actions after it are left out), leaving the clock there: rewinding is replaying.
     */
    public static Store replay(StoreConfig config, List<TimedAction> actions, long untilMicros) {
        Store store = Store.create(config);
        for (int index : playOrder(actions)) {
            TimedAction timed = actions.get(index);
            if (timed.atMicros() > untilMicros) {
                break;
            }
            store.advanceTo(Math.max(store.nowMicros(), timed.atMicros()));
            store.apply(timed.action());
        }
        store.advanceTo(Math.max(store.nowMicros(), untilMicros));
        return store;
    }

    /** Indices of {@code actions} in the order they are played: by time, ties in list order. */
    static List<Integer> playOrder(List<TimedAction> actions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(i -> actions.get(i).atMicros()));
        return order;
    }
}
