package dev.rawlab.ui;

import dev.rawlab.scenario.Scenario;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The scenario presets the program ships (the avatar story, the cached 404, quorums...): pick one,
 * read what it shows, and load it. Loading starts the preset's store at time 0 with its script
 * queued, paused, so the teacher presses play when the room is ready.
 */
public final class PresetPicker extends VBox {

    private final LabViewModel model;
    private final ResourceBundle texts;
    final ComboBox<Scenario> presets = new ComboBox<>();
    final Button load = new Button();
    private final Label summary = new Label();

    public PresetPicker(LabViewModel model, List<Scenario> scenarios, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts(scenarios);
        layoutParts();
        setupEventHandlers();
    }

    private void initializeParts(List<Scenario> scenarios) {
        presets.setId("preset");
        load.setId("load-preset");
        summary.setId("preset-summary");
        presets.getItems().setAll(scenarios);
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(Scenario scenario) {
                return scenario == null ? "" : scenario.title();
            }

            @Override
            public Scenario fromString(String text) {
                return null;
            }
        });
        presets.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? texts.getString("preset.prompt") : item.title());
            }
        });
        presets.setPromptText(texts.getString("preset.prompt"));
        presets.setAccessibleText(texts.getString("preset.prompt"));
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setMinWidth(120);
        presets.setVisibleRowCount(12);
        load.setText(texts.getString("preset.load"));
        load.setTooltip(new Tooltip(texts.getString("preset.load.explain")));
        load.setAccessibleText(texts.getString("preset.load.explain"));
        load.setMinWidth(Region.USE_PREF_SIZE);
        load.disableProperty().bind(presets.valueProperty().isNull());
        summary.setWrapText(true);
        summary.getStyleClass().add("explanation");
    }

    private void layoutParts() {
        setSpacing(6);
        setPadding(new Insets(8));
        HBox row = new HBox(6, presets, load);
        HBox.setHgrow(presets, Priority.ALWAYS);
        getChildren().addAll(Texts.heading(texts, "preset.title"), row, summary);
    }

    private void setupEventHandlers() {
        presets.valueProperty().addListener((obs, old, chosen) -> summary.setText(chosen == null ? "" : chosen.summary()));
        load.setOnAction(event -> load(presets.getValue()));
    }

    /** Loads preset number {@code index} (0 for the first), as the digit keys do; nothing if there is none. */
    void loadPreset(int index) {
        if (index >= 0 && index < presets.getItems().size()) {
            presets.getSelectionModel().select(index);
            load(presets.getValue());
        }
    }

    private void load(Scenario chosen) {
        if (chosen != null) {
            model.playingProperty().set(false);
            model.spotlightProperty().set(java.util.Set.of());
            model.load(chosen.config(), chosen.actions());
        }
    }
}
