package dev.rawlab.ui.keys;

import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The help overlay (F1 or ?): every shortcut of {@link Shortcut} with what it does, over a dimmed
 * window. A click anywhere or Esc closes it. Its card is built the first time it is shown, so the
 * window's first frame does not wait for it.
 */
public final class HelpOverlay extends StackPane {

    private final ResourceBundle texts;

    public HelpOverlay(ResourceBundle texts) {
        this.texts = texts;
        setId("help-overlay");
        getStyleClass().add("help-overlay");
        setAlignment(Pos.CENTER);
        setVisible(false);
        setOnMouseClicked(event -> setVisible(false));
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown && getChildren().isEmpty()) {
                getChildren().add(card());
            }
        });
    }

    private VBox card() {
        GridPane rows = new GridPane();
        rows.setHgap(24);
        rows.setVgap(6);
        int row = 0;
        for (Shortcut shortcut : Shortcut.values()) {
            Label key = new Label(texts.getString(shortcut.keysKey()));
            key.getStyleClass().add("help-key");
            key.setId("help-key-" + shortcut.name().toLowerCase(java.util.Locale.ROOT));
            Label what = new Label(texts.getString(shortcut.textKey()));
            what.setWrapText(true);
            what.getStyleClass().add("help-what");
            rows.addRow(row++, key, what);
        }
        Label title = new Label(texts.getString("help.title"));
        title.getStyleClass().add("help-title");
        Label close = new Label(texts.getString("help.close"));
        close.getStyleClass().add("explanation");
        VBox card = new VBox(14, title, rows, close);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(24, 32, 24, 32));
        card.setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        card.setAccessibleText(texts.getString("help.title"));
        return card;
    }

    public void toggle() {
        setVisible(!isVisible());
    }
}
