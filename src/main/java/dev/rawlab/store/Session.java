package dev.rawlab.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A store being played: its config, the log of timed actions (scripted ahead of time or done live),
 * and the store at the current time. Going back in time is replay: a fresh store from the same
 * config, the same actions at the same times, run to the chosen moment. Acting at a moment you
 * rewound to starts a new branch: the log's actions after that moment are dropped.
 */
public final class Session {

    private final StoreConfig config;
    private final List<TimedAction> log = new ArrayList<>();
    private Store store;
    /** How many log entries have been applied to the current store. */
    private int applied;
    /** The furthest time this session has reached, for a time slider's range. */
    private long furthestMicros;

    public Session(StoreConfig config) {
        this(config, List.of());
    }

    /** A session that will play {@code script} as time reaches each action (sorted by time, ties kept in order). */
    public Session(StoreConfig config, List<TimedAction> script) {
        this.config = config;
        List<TimedAction> sorted = new ArrayList<>(script);
        sorted.sort((a, b) -> Long.compare(a.atMicros(), b.atMicros()));
        log.addAll(sorted);
        this.store = Store.create(config);
    }

    public StoreConfig config() {
        return config;
    }

    /** The store as it is now. Read it; change it only through this session. */
    public Store store() {
        return store;
    }

    public long nowMicros() {
        return store.nowMicros();
    }

    public long furthestMicros() {
        return furthestMicros;
    }

    /** Every action, applied and still to come, in time order. */
    public List<TimedAction> log() {
        return Collections.unmodifiableList(log);
    }

    /** Applies {@code action} now, dropping any logged action after now (a new branch). */
    public ActionResult apply(Action action) {
        long now = store.nowMicros();
        applyDue(now);
        log.subList(applied, log.size()).clear();
        ActionResult result = store.apply(action);
        log.add(new TimedAction(now, action));
        applied = log.size();
        furthestMicros = now;
        return result;
    }

    /** Moves forward to {@code micros}, applying logged actions as their times come. */
    public void advanceTo(long micros) {
        if (micros < store.nowMicros()) {
            seek(micros);
            return;
        }
        while (applied < log.size() && log.get(applied).atMicros() <= micros) {
            TimedAction next = log.get(applied);
            store.advanceTo(next.atMicros());
            store.apply(next.action());
            applied++;
        }
        store.advanceTo(micros);
        furthestMicros = Math.max(furthestMicros, micros);
    }

    private void applyDue(long now) {
        while (applied < log.size() && log.get(applied).atMicros() <= now) {
            store.apply(log.get(applied).action());
            applied++;
        }
    }

    /** Goes to {@code micros}, backwards by replaying from the start, forwards by playing on. */
    public void seek(long micros) {
        if (micros < store.nowMicros()) {
            store = Store.create(config);
            applied = 0;
        }
        long reached = furthestMicros;
        advanceTo(micros);
        furthestMicros = Math.max(reached, micros);
    }

    /** The time of the next thing that will happen (event or logged action), or -1 if nothing will. */
    public long nextMomentMicros() {
        long event = store.nextEventMicros();
        long action = applied < log.size() ? log.get(applied).atMicros() : -1;
        if (event < 0) {
            return action;
        }
        return action < 0 ? event : Math.min(event, action);
    }

    /** Goes to the next moment something happens; false when nothing is left to happen. */
    public boolean stepForward() {
        long next = nextMomentMicros();
        if (next < 0) {
            return false;
        }
        advanceTo(Math.max(next, store.nowMicros()));
        return true;
    }

    /**
     * Goes back to the last moment before now at which something happened (replaying from the
     * start); to time 0 if nothing did.
     */
    public void stepBack() {
        long now = store.nowMicros();
        Store probe = Store.createLean(config);
        int index = 0;
        long previous = 0;
        while (true) {
            long event = probe.nextEventMicros();
            long action = index < log.size() ? log.get(index).atMicros() : -1;
            long next = event < 0 ? action : (action < 0 ? event : Math.min(event, action));
            if (next < 0 || next >= now) {
                break;
            }
            previous = next;
            if (action >= 0 && action == next) {
                probe.advanceTo(next);
                probe.apply(log.get(index++).action());
            } else {
                probe.step();
            }
        }
        seek(previous);
    }

    /** Back to time 0 with the same log: the same run will play again. */
    public void rewind() {
        seek(0);
    }
}
