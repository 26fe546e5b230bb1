package dev.rawlab.ui;

import dev.rawlab.store.Action;
import dev.rawlab.store.LbPolicy;
import dev.rawlab.store.ReadMode;
import dev.rawlab.store.RetryPolicy;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.TokenMode;
import dev.rawlab.store.Topology;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import atlantafx.base.controls.ToggleSwitch;

/**
 * The load balancer's policy and every fix as a switch, each with a one-line explanation. Each
 * change becomes one {@link Action.SetStrategy} through the view-model; when the store refuses it,
 * the controls snap back to the strategy in force.
 */
public final class FixesPanel extends VBox {

    /** The widest a choice\'s name gets before it wraps, so the panel keeps its width in any language. */
    private static final double LABEL_WIDTH = 260;

    private final LabViewModel model;
    private final ResourceBundle texts;
    /** The policies as toggles in a flow, so they take a second line when their names are long. */
    final FlowPane lbPolicy = new FlowPane(4, 4);
    private final ToggleGroup lbGroup = new ToggleGroup();
    private final Label lbExplanation = new Label();
    final ToggleSwitch consistent = new ToggleSwitch();
    final ComboBox<TokenMode> token = new ComboBox<>();
    final ToggleSwitch retry = new ToggleSwitch();
    final ToggleSwitch lazy = new ToggleSwitch();
    final ComboBox<SyncReplication.Mode> sync = new ComboBox<>();
    final ComboBox<SyncReplication.OnOffline> syncOffline = new ComboBox<>();
    final ToggleSwitch strong = new ToggleSwitch();
    final Spinner<Integer> readQuorum = new Spinner<>(1, 16, 1);
    final Spinner<Integer> writeQuorum = new Spinner<>(1, 16, 1);
    private final VBox quorumBox = new VBox(4);
    private boolean syncing;

    public FixesPanel(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("fixes-panel");
        for (LbPolicy policy : LbPolicy.values()) {
            ToggleButton button = new ToggleButton(texts.getString("lb." + policy.fileName()));
            button.setUserData(policy);
            button.setId("lb-" + policy.fileName());
            button.setToggleGroup(lbGroup);
            lbPolicy.getChildren().add(button);
        }
        lbExplanation.setWrapText(true);
        lbExplanation.getStyleClass().add("explanation");
        consistent.setId("fix-consistent");
        token.setId("fix-token");
        retry.setId("fix-retry");
        lazy.setId("fix-lazy");
        sync.setId("fix-sync");
        syncOffline.setId("fix-sync-offline");
        strong.setId("fix-strong");
        readQuorum.setId("fix-r");
        writeQuorum.setId("fix-w");
        token.getItems().setAll(TokenMode.values());
        token.setConverter(named("token."));
        sync.getItems().setAll(SyncReplication.Mode.values());
        sync.setConverter(named("sync."));
        syncOffline.getItems().setAll(SyncReplication.OnOffline.values());
        syncOffline.setConverter(named("offline."));
        token.setAccessibleText(texts.getString("fix.token"));
        sync.setAccessibleText(texts.getString("fix.sync"));
        syncOffline.setAccessibleText(texts.getString("fix.syncOffline"));
        readQuorum.setAccessibleText(texts.getString("fix.readQuorum"));
        writeQuorum.setAccessibleText(texts.getString("fix.writeQuorum"));
        readQuorum.setPrefWidth(80);
        writeQuorum.setPrefWidth(80);
    }

    private <E extends Enum<E>> StringConverter<E> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : texts.getString(prefix + value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    private void layoutParts() {
        setSpacing(6);
        setPadding(new Insets(8));
        quorumBox.getChildren().addAll(new Label(texts.getString("fix.quorum")),
                new HBox(8, labelled("fix.readQuorum", readQuorum), labelled("fix.writeQuorum", writeQuorum)),
                Texts.explanation(texts, "fix.quorum.explain"));
        getChildren().addAll(
                Texts.heading(texts, "settings.loadBalancer"), lbPolicy, lbExplanation,
                Texts.heading(texts, "settings.fixes"),
                switchRow("fix.consistent", consistent), Texts.explanation(texts, "fix.consistent.explain"),
                labelled("fix.token", token), Texts.explanation(texts, "fix.token.explain"),
                switchRow("fix.retry", retry), Texts.explanation(texts, "fix.retry.explain"),
                switchRow("fix.lazy", lazy), Texts.explanation(texts, "fix.lazy.explain"),
                labelled("fix.sync", sync), labelled("fix.syncOffline", syncOffline), Texts.explanation(texts, "fix.sync.explain"),
                switchRow("fix.strong", strong), Texts.explanation(texts, "fix.strong.explain"),
                quorumBox);
    }

    /**
     * A switch with its name beside it in a label that wraps: a switch's own text never wraps, so a
     * long name in another language would widen the whole panel. Clicking the name flips the switch.
     */
    private Node switchRow(String key, ToggleSwitch toggle) {
        Label label = new Label(texts.getString(key));
        label.setWrapText(true);
        label.setLabelFor(toggle);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setOnMouseClicked(event -> toggle.setSelected(!toggle.isSelected()));
        toggle.setAccessibleText(label.getText());
        HBox row = new HBox(8, toggle, label);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(label, javafx.scene.layout.Priority.ALWAYS);
        return row;
    }

    private Node labelled(String key, javafx.scene.control.Control control) {
        Label label = new Label(texts.getString(key));
        label.setLabelFor(control);
        // A long name wraps onto more lines beside its choice instead of being cut short.
        label.setWrapText(true);
        control.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, label, control);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void setupBindings() {
        model.snapshotProperty().addListener((obs, old, now) -> {
            if (old == null || old.strategy() != now.strategy() || old.topology() != now.topology()) {
                sync(now);
            }
        });
        sync(model.snapshot());
    }

    private void setupEventHandlers() {
        lbGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                change(s -> s.withLbPolicy((LbPolicy) now.getUserData()));
            } else if (old != null && !syncing) {
                old.setSelected(true);
            }
        });
        consistent.selectedProperty().addListener((obs, old, on) -> change(s -> s.withRead(on ? ReadMode.PRIMARY : ReadMode.ANY_REPLICA)));
        token.valueProperty().addListener((obs, old, mode) -> change(s -> s.withVersionToken(mode)));
        retry.selectedProperty().addListener((obs, old, on) -> change(s -> s.withRetry(on ? RetryPolicy.DEFAULT : RetryPolicy.OFF)));
        lazy.selectedProperty().addListener((obs, old, on) -> change(s -> s.withLazyLookup(on)));
        sync.valueProperty().addListener((obs, old, mode) -> change(s -> s.withSync(withMode(s.sync(), mode))));
        syncOffline.valueProperty().addListener((obs, old, behaviour) -> change(s -> s.withSync(
                new SyncReplication(s.sync().mode(), s.sync().count(), behaviour, s.sync().timeoutMillis()))));
        strong.selectedProperty().addListener((obs, old, on) -> change(s -> s.withStrongConsistency(on)));
        readQuorum.valueProperty().addListener((obs, old, r) -> change(s -> s.withQuorum(r, s.writeQuorum())));
        writeQuorum.valueProperty().addListener((obs, old, w) -> change(s -> s.withQuorum(s.readQuorum(), w)));
    }

    private static SyncReplication withMode(SyncReplication current, SyncReplication.Mode mode) {
        return new SyncReplication(mode, 1, current.onOffline(), current.timeoutMillis());
    }

    /** Applies a changed strategy; on refusal, shows the strategy still in force. */
    private void change(UnaryOperator<Strategy> edit) {
        if (syncing) {
            return;
        }
        StoreSnapshot snapshot = model.snapshot();
        Strategy changed = edit.apply(snapshot.strategy());
        if (!changed.equals(snapshot.strategy()) && !model.apply(new Action.SetStrategy(changed)).accepted()) {
            sync(model.snapshot());
        }
    }

    /** Sets every control from the strategy in force, without turning the settings into actions. */
    private void sync(StoreSnapshot snapshot) {
        syncing = true;
        try {
            Strategy strategy = snapshot.strategy();
            Topology topology = snapshot.topology();
            lbGroup.getToggles().forEach(button -> button.setSelected(button.getUserData() == strategy.lbPolicy()));
            lbExplanation.setText(texts.getString("lb.explain." + strategy.lbPolicy().fileName()));
            consistent.setSelected(strategy.read() == ReadMode.PRIMARY);
            token.setValue(strategy.versionToken());
            retry.setSelected(strategy.retry().enabled());
            lazy.setSelected(strategy.lazyLookup());
            sync.setValue(strategy.sync().mode());
            syncOffline.setValue(strategy.sync().onOffline());
            strong.setSelected(strategy.strongConsistency());
            int members = Math.max(1, (int) snapshot.nodes().stream().filter(node -> !node.id().equals("primary")).count());
            ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) readQuorum.getValueFactory()).setMax(members);
            ((javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory) writeQuorum.getValueFactory()).setMax(members);
            readQuorum.getValueFactory().setValue(strategy.readQuorum());
            writeQuorum.getValueFactory().setValue(strategy.writeQuorum());
            quorumBox.setVisible(topology == Topology.QUORUM);
            quorumBox.setManaged(topology == Topology.QUORUM);
            boolean primary = topology.hasPrimary();
            consistent.setDisable(!primary);
            lazy.setDisable(!primary);
            strong.setDisable(!primary);
            sync.setDisable(topology == Topology.QUORUM);
        } finally {
            syncing = false;
        }
    }
}
