package dev.rawlab.scenario;

import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.List;

/**
 * The actions of a session the store accepted, in play order. A refused action changed nothing but
 * a "refused" line in the trace, and a scenario file may not hold one (the loader reports it as a
 * problem), so a saved scene leaves them out: played again, it gives the same trace without those lines.
 */
public final class AcceptedActions {

    private AcceptedActions() {
    }

    /** Plays {@code actions} on a fresh store from {@code config} and keeps the ones it accepted. */
    public static List<TimedAction> of(StoreConfig config, List<TimedAction> actions) {
        Store store = Store.createLean(config);
        List<TimedAction> accepted = new ArrayList<>();
        for (int index : ScenarioPlayer.playOrder(actions)) {
            TimedAction timed = actions.get(index);
            store.advanceTo(Math.max(store.nowMicros(), timed.atMicros()));
            if (store.apply(timed.action()).accepted()) {
                accepted.add(timed);
            }
        }
        return accepted;
    }
}
