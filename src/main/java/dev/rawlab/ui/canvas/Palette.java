package dev.rawlab.ui.canvas;

import javafx.scene.paint.Color;

/**
 * The canvas colours: the Okabe-Ito colour-blind-safe set, each used for one meaning. Status is
 * never shown by colour alone: every coloured thing also carries a word or an icon.
 */
public final class Palette {

    public static final Color REQUEST = Color.web("#0072B2");
    public static final Color OK = Color.web("#009E73");
    public static final Color NOT_FOUND = Color.web("#D55E00");
    public static final Color OLD = Color.web("#E69F00");
    public static final Color UNAVAILABLE = Color.web("#7F7F7F");
    public static final Color ACK = Color.web("#CC79A7");
    public static final Color CHECK = Color.web("#56B4E9");
    public static final Color INK = Color.web("#1B1F24");
    public static final Color MUTED = Color.web("#57606A");
    public static final Color EDGE = Color.web("#C9D1D9");
    public static final Color NODE_FILL = Color.web("#F6F8FA");
    public static final Color PRIMARY_FILL = Color.web("#E8F1FB");
    public static final Color OFFLINE_FILL = Color.web("#E1E4E8");
    public static final Color QUEUE_FILL = Color.web("#FFF4D6");
    public static final Color BACKGROUND = Color.WHITE;
    public static final Color LABEL_BACKING = Color.web("#FFFFFF", 0.85);
    public static final Color HIGHLIGHT = Color.web("#0072B2", 0.18);
    /** The halo round what a lesson step points at: a wide dashed ring, so it reads without colour too. */
    public static final Color SPOTLIGHT = Color.web("#7B3FA0");

    private Palette() {
    }

    /** The colour of an HTTP-like status. */
    public static Color forStatus(int status) {
        return switch (status) {
            case 200 -> OK;
            case 404 -> NOT_FOUND;
            default -> UNAVAILABLE;
        };
    }
}
