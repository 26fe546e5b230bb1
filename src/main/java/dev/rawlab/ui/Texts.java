package dev.rawlab.ui;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.scene.control.Label;

/** Small helpers for the window's words: formatting bundle patterns and making explanation labels. */
final class Texts {

    private Texts() {
    }

    static String format(ResourceBundle texts, String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    /** A wrapped, muted one-line explanation under a control. */
    static Label explanation(ResourceBundle texts, String key) {
        Label label = new Label(texts.getString(key));
        label.setWrapText(true);
        label.getStyleClass().add("explanation");
        return label;
    }

    /** A section heading. */
    static Label heading(ResourceBundle texts, String key) {
        Label label = new Label(texts.getString(key));
        label.getStyleClass().add("panel-title");
        return label;
    }
}
