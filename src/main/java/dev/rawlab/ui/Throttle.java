package dev.rawlab.ui;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Runs a redraw at most once per interval of wall time while asked to hold back, and always once
 * more after the last request, so what stays on screen is current. For views whose content
 * changes every frame but costs more than a frame to show, or cannot be read that fast anyway.
 */
final class Throttle {

    private final long intervalNanos;
    private final Runnable action;
    private final PauseTransition later = new PauseTransition();
    private long ranAtNanos;

    Throttle(long intervalNanos, Runnable action) {
        this.intervalNanos = intervalNanos;
        this.action = action;
        later.setOnFinished(event -> request(true));
    }

    /** Runs the action now, unless {@code holdBack} and it ran less than an interval ago: then once, later. */
    void request(boolean holdBack) {
        long sinceNanos = System.nanoTime() - ranAtNanos;
        if (holdBack && sinceNanos < intervalNanos) {
            if (later.getStatus() != Animation.Status.RUNNING) {
                later.setDuration(Duration.millis((intervalNanos - sinceNanos) / 1e6));
                later.playFromStart();
            }
            return;
        }
        later.stop();
        ranAtNanos = System.nanoTime();
        action.run();
    }
}
