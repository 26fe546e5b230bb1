package dev.rawlab.ui;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Measures how long the window takes to appear: from the JVM's start and from {@code main} to the
 * first pulse after the stage is shown, printed when {@code -Draw-lab.startup=true}. With
 * {@code -Draw-lab.startup=exit} the program also quits right after, for scripted runs (and for
 * writing a class-data-sharing archive at exit).
 */
public final class StartupProbe {

    /** The system property that turns the probe on. */
    static final String PROPERTY = "raw-lab.startup";

    /** When {@code main} began, set by {@code dev.rawlab.Main}. */
    public static volatile long mainStartedNanos = System.nanoTime();

    private StartupProbe() {
    }

    /** Prints the figures at the scene's first pulse, when the probe is on; does nothing otherwise. */
    public static void watch(Scene scene) {
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
            ResourceBundle texts = ResourceBundle.getBundle(dev.rawlab.App.BUNDLE);
            System.out.println(String.format(Locale.ROOT, texts.getString("startup.line"), sinceJvm, sinceMain, now));
            if (mode.equals("exit")) {
                Platform.runLater(Platform::exit);
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
