package dev.rawlab.scenario;

import dev.rawlab.store.Action;
import java.util.Objects;

/** One scripted action and the simulated time (microseconds) at which it is applied. */
public record TimedAction(long atMicros, Action action) {
    public TimedAction {
        if (atMicros < 0) {
            throw new IllegalArgumentException("an action cannot happen before time 0: " + atMicros + " us");
        }
        Objects.requireNonNull(action, "action");
    }
}
