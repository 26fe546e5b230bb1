package dev.rawlab.ui;

import dev.rawlab.check.Verdict;
import dev.rawlab.store.Message;
import dev.rawlab.ui.canvas.Palette;
import java.util.ResourceBundle;
import javafx.scene.paint.Color;

/**
 * How a verdict and a message look in the diagram and the log: the short word from the bundle and
 * the canvas colour. The word always goes with the colour, never the colour alone.
 */
final class VerdictStyle {

    private VerdictStyle() {
    }

    /** "fresh", "stale 404", "saved", ... */
    static String word(ResourceBundle texts, Verdict verdict) {
        return texts.getString("verdict." + verdict.fileName());
    }

    static Color colour(Verdict verdict) {
        return switch (verdict) {
            case FRESH, WRITE_OK -> Palette.OK;
            case STALE_404 -> Palette.NOT_FOUND;
            case STALE_OLD, LIST_MISSING -> Palette.OLD;
            case UNAVAILABLE, WRITE_FAILED -> Palette.UNAVAILABLE;
        };
    }

    /** The style class of a log line with this verdict: {@code verdict-stale-404}, ... */
    static String styleClass(Verdict verdict) {
        return "verdict-" + verdict.fileName();
    }

    /**
     * A message's colour: requests blue, acks purple, store-side checks sky; an answer by the status
     * its label starts with (200 green, 404 vermillion, 503 grey), and "too old" amber.
     */
    static Color colour(Message message) {
        return switch (message.kind()) {
            case REQUEST -> Palette.REQUEST;
            case ACK -> Palette.ACK;
            case CHECK -> Palette.CHECK;
            case ANSWER -> answerColour(message.label());
        };
    }

    private static Color answerColour(String label) {
        if (label.length() >= 3 && label.substring(0, 3).chars().allMatch(Character::isDigit)) {
            return Palette.forStatus(Integer.parseInt(label.substring(0, 3)));
        }
        return Palette.OLD;
    }

    /** A darker shade of {@code colour} for text on white, so thin letters keep their contrast. */
    static Color ink(Color colour) {
        return colour.deriveColor(0, 1, 0.72, 1);
    }
}
