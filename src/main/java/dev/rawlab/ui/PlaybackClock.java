package dev.rawlab.ui;

import javafx.animation.AnimationTimer;
import javafx.stage.Stage;

/**
 * Turns wall time into simulated time: every frame it tells the view-model how long the frame was.
 * It stops while the window is minimised, so nothing runs on unseen. Holds no model state.
 */
public final class PlaybackClock extends AnimationTimer {

    private final LabViewModel model;
    private final FrameProbe probe;
    private long lastNanos = -1;
    private boolean running;

    public PlaybackClock(LabViewModel model, FrameProbe probe, Stage stage) {
        this.model = model;
        this.probe = probe;
        stage.iconifiedProperty().addListener((obs, was, minimised) -> {
            if (minimised) {
                stop();
            } else {
                start();
            }
        });
    }

    @Override
    public void handle(long nowNanos) {
        probe.pulse(nowNanos);
        if (lastNanos >= 0) {
            model.tick(nowNanos - lastNanos);
        }
        lastNanos = nowNanos;
    }

    @Override
    public void start() {
        super.start();
        running = true;
    }

    @Override
    public void stop() {
        super.stop();
        running = false;
        lastNanos = -1;
        probe.restart();
    }

    /** Whether frames are being turned into simulated time (false while the window is minimised). */
    public boolean isRunning() {
        return running;
    }
}
