package dev.rawlab;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long the window takes to appear: from the JVM's start and from {@code main} to the
 * first pulse after the stage is shown, printed when {@code -Draw-lab.startup=true}. With
 * {@code -Draw-lab.startup=exit} the program also quits right after, for scripted runs (and for
 * writing a class-data-sharing archive at exit).
 */
final class StartupProbe {

    /** The system property that turns the probe on. */
    static final String PROPERTY = "raw-lab.startup";

    /** When {@code main} began, set by {@link Main}. */
    static volatile long mainStartedNanos = System.nanoTime();

    private StartupProbe() {
    }

    /** Prints the figures at the scene's first pulse, when the probe is on; does nothing otherwise. */
    static void watch(Scene scene) {
        String mode = System.getProperty(PROPERTY, "");
        if (!mode.equals("true") && !mode.equals("exit")) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long now = System.currentTimeMillis();
            double sinceMain = (System.nanoTime() - mainStartedNanos) / 1e6;
            long sinceJvm = now - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println(String.format(Locale.ROOT, "startup: first frame %d ms after the JVM started, %.0f ms after main (at %d)",
                    sinceJvm, sinceMain, now));
            if (mode.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
