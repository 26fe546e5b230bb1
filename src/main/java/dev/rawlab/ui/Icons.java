package dev.rawlab.ui;

import java.util.ResourceBundle;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Puts an icon (Ikonli, Material Design) on a button beside its word, and a tooltip saying what it
 * does and its shortcut. The word stays: an icon alone is not enough for everyone.
 */
final class Icons {

    private Icons() {
    }

    /** {@code icon} is a Material Design literal such as {@code mdi2p-play}; {@code key} the bundle key of the tooltip. */
    static void decorate(ButtonBase button, String icon, ResourceBundle texts, String key) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("button-icon");
        button.setGraphic(graphic);
        String tip = texts.getString(key);
        button.setTooltip(new Tooltip(tip));
        if (button.getAccessibleText() == null) {
            button.setAccessibleText(tip);
        }
    }

    /** Changes just the icon (play becomes pause). */
    static void swap(ButtonBase button, String icon) {
        if (button.getGraphic() instanceof FontIcon graphic) {
            graphic.setIconLiteral(icon);
        }
    }
}
