package dev.rawlab.ui.keys;

/**
 * Every keyboard shortcut of the window, with the bundle keys of its key (as printed on the
 * keyboard) and of what it does, as the help overlay shows them. The help overlay lists exactly these; {@link Shortcuts} acts on them.
 */
public enum Shortcut {
    PLAY, STEP, STEP_BACK, PUT, GET, LIST, RESET, PRESET, FASTER, SLOWER, PRESENTER, LEAVE, FRAME_TIMES, HELP;

    /** The bundle key of the key or keys, as printed on the keyboard, e.g. {@code shortcut.play.keys}. */
    public String keysKey() {
        return textKey() + ".keys";
    }

    /** The bundle key of what the shortcut does, e.g. {@code shortcut.play}. */
    public String textKey() {
        return "shortcut." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
