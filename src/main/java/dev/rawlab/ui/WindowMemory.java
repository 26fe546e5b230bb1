package dev.rawlab.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the window remembers between runs: its size and place, the theme, the playback speed,
 * presenter mode's size and the lesson last open. Kept in the user's Java preferences; a value that is
 * missing or no longer fits (a screen that is gone) is simply not restored.
 */
public final class WindowMemory {

    private static final String X = "windowX";
    private static final String Y = "windowY";
    private static final String WIDTH = "windowWidth";
    private static final String HEIGHT = "windowHeight";
    private static final String MAXIMIZED = "windowMaximized";
    private static final String SPEED = "playbackSpeed";
    private static final String PRESENTER_SCALE = "presenterScale";
    private static final String LESSON = "lastLesson";
    private static final String THEME = "theme";

    private final Preferences preferences;

    public WindowMemory(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The memory of this user's program. */
    public static WindowMemory forThisUser() {
        return new WindowMemory(Preferences.userRoot().node("dev/rawlab/raw-lab"));
    }

    /** Puts the window where it was, if that place is still on a screen. */
    public void restoreWindow(Stage stage) {
        double width = preferences.getDouble(WIDTH, -1);
        double height = preferences.getDouble(HEIGHT, -1);
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        if (width < 200 || height < 200 || Double.isNaN(x) || Double.isNaN(y)
                || Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            return;
        }
        stage.setX(x);
        stage.setY(y);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
    }

    /** The speed last used, within the slider's range, or the default. */
    public double speed() {
        double speed = preferences.getDouble(SPEED, LabViewModel.DEFAULT_SPEED);
        return Math.max(LabViewModel.MIN_SPEED, Math.min(LabViewModel.MAX_SPEED, speed));
    }

    public double presenterScale() {
        double scale = preferences.getDouble(PRESENTER_SCALE, PresenterMode.SCALES.get(0));
        return PresenterMode.SCALES.contains(scale) ? scale : PresenterMode.SCALES.get(0);
    }

    /** The theme last chosen, or light. */
    public Theme theme() {
        return Theme.named(preferences.get(THEME, Theme.LIGHT.name()));
    }

    /** The id of the lesson last open, or empty. */
    public String lesson() {
        return preferences.get(LESSON, "");
    }

    /** Remembers everything at once (when the window closes). */
    public void remember(Stage stage, double speed, double presenterScale, String lessonId, Theme theme) {
        preferences.put(THEME, theme.name());
        if (!stage.isFullScreen() && !stage.isIconified()) {
            preferences.putBoolean(MAXIMIZED, stage.isMaximized());
            if (!stage.isMaximized()) {
                preferences.putDouble(X, stage.getX());
                preferences.putDouble(Y, stage.getY());
                preferences.putDouble(WIDTH, stage.getWidth());
                preferences.putDouble(HEIGHT, stage.getHeight());
            }
        }
        preferences.putDouble(SPEED, speed);
        preferences.putDouble(PRESENTER_SCALE, presenterScale);
        preferences.put(LESSON, lessonId == null ? "" : lessonId);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // Not remembering the window's place is no reason to stop the program closing.
        }
    }
}
