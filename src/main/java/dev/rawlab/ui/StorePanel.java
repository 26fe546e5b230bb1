package dev.rawlab.ui;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.Topology;
import java.util.List;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The shape of the store: which system from the sources, how many replicas, the seed, and the
 * edge cache. Changing any of these starts a new run from time 0 with the same users and lags.
 */
public final class StorePanel extends VBox {

    private final LabViewModel model;
    private final ResourceBundle texts;
    final ComboBox<Topology> topology = new ComboBox<>();
    final Spinner<Integer> nodes = new Spinner<>(0, 16, 2);
    final TextField seed = new TextField();
    final Spinner<Integer> cacheTtl = new Spinner<>(0, 600_000, 0, 1_000);
    private boolean syncing;

    public StorePanel(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        topology.setId("topology");
        nodes.setId("nodes");
        seed.setId("seed");
        cacheTtl.setId("cache-ttl");
        topology.getItems().setAll(Topology.values());
        topology.setConverter(new StringConverter<>() {
            @Override
            public String toString(Topology value) {
                return value == null ? "" : texts.getString("topology." + value.fileName());
            }

            @Override
            public Topology fromString(String text) {
                return null;
            }
        });
        seed.setTextFormatter(new TextFormatter<>(change -> change.getControlNewText().matches("-?\\d{0,18}") ? change : null));
        nodes.setEditable(true);
        cacheTtl.setEditable(true);
        topology.setMaxWidth(Double.MAX_VALUE);
        topology.setMinWidth(120);
    }

    private void layoutParts() {
        setSpacing(6);
        setPadding(new Insets(8));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "settings.topology", topology);
        row(grid, 1, "settings.nodes", nodes);
        row(grid, 2, "settings.seed", seed);
        row(grid, 3, "settings.cache", cacheTtl);
        getChildren().addAll(Texts.heading(texts, "settings.store"), grid);
    }

    private void row(GridPane grid, int index, String key, javafx.scene.control.Control control) {
        Label label = new Label(texts.getString(key));
        label.setLabelFor(control);
        label.setWrapText(true);
        control.setAccessibleText(texts.getString(key));
        grid.addRow(index, label, control);
    }

    private void setupBindings() {
        model.configProperty().addListener((obs, old, config) -> sync(config));
        sync(model.configProperty().get());
    }

    private void setupEventHandlers() {
        topology.valueProperty().addListener((obs, old, chosen) -> rebuild());
        nodes.valueProperty().addListener((obs, old, count) -> rebuild());
        cacheTtl.valueProperty().addListener((obs, old, ttl) -> rebuild());
        seed.setOnAction(event -> rebuild());
        seed.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                rebuild();
            }
        });
    }

    /** Starts a new run with the shape the controls show, keeping what still fits of the old one. */
    private void rebuild() {
        if (syncing || topology.getValue() == null) {
            return;
        }
        StoreConfig old = model.configProperty().get();
        Topology shape = topology.getValue();
        int count = Math.max(shape.minNodes(), Math.min(shape.maxNodes(), nodes.getValue()));
        long seedValue = seed.getText().isBlank() || seed.getText().equals("-") ? old.seed() : Long.parseLong(seed.getText());
        Strategy strategy = shape == old.topology() ? old.strategy() : defaultStrategy(shape, count);
        if (shape == Topology.QUORUM) {
            strategy = strategy.withQuorum(Math.min(strategy.readQuorum(), count), Math.min(strategy.writeQuorum(), count));
        }
        StoreConfig changed = new StoreConfig(shape, count, lags(old, count), old.network(), old.users(),
                cacheTtl.getValue(), strategy, seedValue);
        if (!changed.equals(old)) {
            model.playingProperty().set(false);
            model.load(changed, List.of());
        }
    }

    private static Strategy defaultStrategy(Topology shape, int count) {
        return shape == Topology.QUORUM ? Strategy.EVENTUAL.withQuorum(1, 1) : Strategy.EVENTUAL;
    }

    private static List<LatencyDistribution> lags(StoreConfig old, int count) {
        return java.util.stream.IntStream.range(0, Math.max(1, count)).mapToObj(old::lag).toList();
    }

    private void sync(StoreConfig config) {
        syncing = true;
        try {
            topology.setValue(config.topology());
            SpinnerValueFactory.IntegerSpinnerValueFactory factory = (SpinnerValueFactory.IntegerSpinnerValueFactory) nodes.getValueFactory();
            factory.setMin(config.topology().minNodes());
            factory.setMax(config.topology().maxNodes());
            factory.setValue(config.nodes());
            nodes.setDisable(config.topology() == Topology.SINGLE_NODE);
            seed.setText(Long.toString(config.seed()));
            cacheTtl.getValueFactory().setValue((int) Math.round(config.cacheTtlMillis()));
        } finally {
            syncing = false;
        }
    }
}
