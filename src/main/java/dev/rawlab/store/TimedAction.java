package dev.rawlab.store;

import java.util.Objects;

/** An action and the simulated time it is applied at: one line of a script or of a session's log. */
public record TimedAction(long atMicros, Action action) {
    public TimedAction {
        if (atMicros < 0) {
            throw new IllegalArgumentException("an action cannot happen before time 0: " + atMicros + " us");
        }
        Objects.requireNonNull(action, "action");
    }
}
