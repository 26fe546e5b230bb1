package dev.rawlab.ui;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.Action;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One row per replica: a slider for its replication lag (0 to 500 ms, applied when released) and
 * a switch to take it offline and back. Each change is one action through the view-model.
 */
public final class ReplicaPanel extends VBox {

    /** The longest lag the slider offers, in milliseconds. */
    static final double MAX_LAG_MILLIS = 500;

    private final LabViewModel model;
    private final ResourceBundle texts;
    private final VBox rows = new VBox(4);
    private final List<Slider> lagSliders = new ArrayList<>();
    private final List<CheckBox> offlineBoxes = new ArrayList<>();
    private List<String> shownNodes = List.of();
    private boolean syncing;

    public ReplicaPanel(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        setSpacing(6);
        setPadding(new Insets(8));
        getChildren().addAll(Texts.heading(texts, "settings.replicas"), rows);
        model.snapshotProperty().addListener((obs, old, now) -> sync(now));
        sync(model.snapshot());
    }

    private void sync(StoreSnapshot snapshot) {
        List<StoreSnapshot.NodeView> copies = snapshot.nodes().stream()
                .filter(node -> !node.id().equals(StoreConfig.PRIMARY)).toList();
        List<String> ids = copies.stream().map(StoreSnapshot.NodeView::id).toList();
        boolean hasQueues = snapshot.topology().replicates();
        if (!ids.equals(shownNodes)) {
            rebuildRows(ids, hasQueues);
        }
        syncing = true;
        try {
            for (int i = 0; i < copies.size(); i++) {
                StoreSnapshot.NodeView node = copies.get(i);
                if (!lagSliders.get(i).isValueChanging()) {
                    lagSliders.get(i).setValue(Math.min(MAX_LAG_MILLIS, LatencyDistribution.parse(node.lag()).meanMillis()));
                }
                offlineBoxes.get(i).setSelected(!node.online());
            }
        } finally {
            syncing = false;
        }
    }

    private void rebuildRows(List<String> ids, boolean hasQueues) {
        shownNodes = ids;
        rows.getChildren().clear();
        lagSliders.clear();
        offlineBoxes.clear();
        for (String id : ids) {
            Label name = new Label(Texts.format(texts, "canvas.replica", id));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Slider lag = new Slider(0, MAX_LAG_MILLIS, 10);
            lag.setId("lag-" + id);
            lag.setAccessibleText(Texts.format(texts, "settings.lagOf", id));
            lag.setDisable(!hasQueues);
            Label value = new Label();
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> Texts.format(texts, "settings.lagValue", Math.round(lag.getValue())), lag.valueProperty()));
            CheckBox offline = new CheckBox(texts.getString("settings.offline"));
            offline.setId("offline-" + id);
            offline.setAccessibleText(Texts.format(texts, "canvas.replica", id) + " " + texts.getString("settings.offline"));
            lag.valueChangingProperty().addListener((obs, was, changing) -> {
                if (!changing) {
                    setLag(id, lag.getValue());
                }
            });
            lag.valueProperty().addListener((obs, old, now) -> {
                if (!lag.isValueChanging()) {
                    setLag(id, now.doubleValue());
                }
            });
            offline.selectedProperty().addListener((obs, was, off) -> {
                if (!syncing) {
                    model.apply(off ? new Action.TakeOffline(id) : new Action.BringOnline(id));
                }
            });
            offline.setMinWidth(Region.USE_PREF_SIZE);
            lag.setMinWidth(60);
            HBox.setHgrow(lag, Priority.ALWAYS);
            // The replica's name above its controls: a longer name never squeezes the slider away.
            HBox row = new HBox(6, lag, value, offline);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().addAll(name, row);
            lagSliders.add(lag);
            offlineBoxes.add(offline);
        }
    }

    private void setLag(String id, double millis) {
        if (syncing) {
            return;
        }
        LatencyDistribution lag = LatencyDistribution.constant(Math.round(millis));
        StoreSnapshot.NodeView node = model.snapshot().node(id);
        if (node != null && !node.lag().equals(lag.text())) {
            model.apply(new Action.SetLag(id, lag));
        }
    }
}
