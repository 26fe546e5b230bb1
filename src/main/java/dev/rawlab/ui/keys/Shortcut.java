package dev.rawlab.ui.keys;

/**
 * Every keyboard shortcut of the window, with the key as people write it and the bundle keys of
 * its name in the help overlay. The help overlay lists exactly these; {@link Shortcuts} acts on them.
 */
public enum Shortcut {
    PLAY("Space"),
    STEP("\u2192"),
    STEP_BACK("\u2190"),
    PUT("P"),
    GET("G"),
    LIST("L"),
    RESET("R"),
    PRESET("1 \u2013 9"),
    FASTER("+"),
    SLOWER("\u2212"),
    PRESENTER("F5"),
    LEAVE("Esc"),
    FRAME_TIMES("F3"),
    HELP("F1  ?");

    private final String keys;

    Shortcut(String keys) {
        this.keys = keys;
    }

    /** The key or keys, as printed on the keyboard. */
    public String keys() {
        return keys;
    }

    /** The bundle key of what the shortcut does, e.g. {@code shortcut.play}. */
    public String textKey() {
        return "shortcut." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
