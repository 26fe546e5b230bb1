package dev.rawlab.ui;

import dev.rawlab.i18n.Text;
import dev.rawlab.store.Action;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.StoreSnapshot;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Where a person does things to the store: pick a user, a key and a body, optionally force the node
 * a request goes to or make one read consistent, then PUT, GET, LIST or DELETE. Each button builds
 * an {@link Action} and hands it to the view-model; refusals are shown in words.
 */
public final class OperationsPanel extends VBox {

    /** A field gives up width before its label does; below this it shows the end of its text only. */
    private static final double MIN_FIELD_WIDTH = 90;

    private final LabViewModel model;
    private final ResourceBundle texts;
    final ComboBox<String> user = new ComboBox<>();
    final TextField key = new TextField("avatar.png");
    final TextField body = new TextField("cat.png");
    final ComboBox<String> node = new ComboBox<>();
    final CheckBox consistent = new CheckBox();
    final Button put = new Button();
    final Button get = new Button();
    final Button list = new Button();
    final Button delete = new Button();
    final Label refusal = new Label();

    public OperationsPanel(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("operations-panel");
        user.setId("user");
        key.setId("key");
        body.setId("body");
        node.setId("node");
        consistent.setId("consistent");
        put.setId("put");
        get.setId("get");
        list.setId("list");
        delete.setId("delete");
        refusal.setId("refusal");
        user.setEditable(true);
        put.setText(texts.getString("ops.put"));
        get.setText(texts.getString("ops.get"));
        list.setText(texts.getString("ops.list"));
        delete.setText(texts.getString("ops.delete"));
        Icons.decorate(put, "mdi2u-upload", texts, "ops.put.tip");
        Icons.decorate(get, "mdi2d-download", texts, "ops.get.tip");
        Icons.decorate(list, "mdi2f-format-list-bulleted", texts, "ops.list.tip");
        Icons.decorate(delete, "mdi2d-delete", texts, "ops.delete.tip");
        consistent.setText(texts.getString("ops.consistent"));
        consistent.setWrapText(true);
        refusal.setWrapText(true);
        refusal.getStyleClass().add("refusal");
        for (Button button : List.of(put, get, list, delete)) {
            button.setMaxWidth(Double.MAX_VALUE);
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            button.getStyleClass().add("op-button");
        }
        user.setAccessibleText(texts.getString("ops.user"));
        key.setAccessibleText(texts.getString("ops.key"));
        body.setAccessibleText(texts.getString("ops.body"));
        node.setAccessibleText(texts.getString("ops.node"));
    }

    private void layoutParts() {
        setSpacing(8);
        setPadding(new Insets(8));
        Label title = new Label(texts.getString("ops.title"));
        title.getStyleClass().add("panel-title");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        addRow(grid, 0, "ops.user", user);
        addRow(grid, 1, "ops.key", key);
        addRow(grid, 2, "ops.body", body);
        addRow(grid, 3, "ops.node", node);
        FlowPane buttons = new FlowPane(6, 6, put, get, list, delete);
        getChildren().addAll(title, grid, consistent, buttons, refusal);
    }

    private void addRow(GridPane grid, int row, String labelKey, javafx.scene.control.Control control) {
        Label label = new Label(texts.getString(labelKey));
        label.setLabelFor(control);
        label.setMinWidth(Region.USE_PREF_SIZE);
        control.setMinWidth(MIN_FIELD_WIDTH);
        control.setMaxWidth(Double.MAX_VALUE);
        GridPane.setHgrow(control, Priority.ALWAYS);
        grid.addRow(row, label, control);
    }

    private void setupBindings() {
        model.snapshotProperty().addListener((obs, old, now) -> syncChoices(now));
        syncChoices(model.snapshot());
        model.lastResultProperty().addListener((obs, old, result) -> showResult(result));
    }

    private void setupEventHandlers() {
        put.setOnAction(event -> model.apply(new Action.Put(userName(), key.getText(), body.getText(), chosenNode())));
        get.setOnAction(event -> model.apply(new Action.Get(userName(), key.getText(), chosenNode(), consistent.isSelected())));
        list.setOnAction(event -> model.apply(new Action.ListKeys(userName(), prefixOf(key.getText()), chosenNode())));
        delete.setOnAction(event -> model.apply(new Action.Delete(userName(), key.getText(), chosenNode())));
    }

    /** A LIST asks for the keys that share the key's folder: "photos/a.jpg" lists "photos/". */
    static String prefixOf(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? "" : key.substring(0, slash + 1);
    }

    private String userName() {
        String typed = user.getEditor() == null ? null : user.getEditor().getText();
        String chosen = typed == null || typed.isBlank() ? user.getValue() : typed;
        return chosen == null ? "" : chosen.trim();
    }

    private String chosenNode() {
        int index = node.getSelectionModel().getSelectedIndex();
        return index <= 0 ? null : node.getItems().get(index);
    }

    private void syncChoices(StoreSnapshot snapshot) {
        List<String> users = snapshot.users().stream().map(StoreSnapshot.UserView::name).toList();
        if (!user.getItems().equals(users)) {
            String current = user.getValue();
            user.getItems().setAll(users);
            user.setValue(current != null ? current : users.isEmpty() ? "" : users.get(0));
        }
        List<String> nodes = new ArrayList<>();
        nodes.add(texts.getString("ops.nodeAny"));
        snapshot.nodes().forEach(view -> nodes.add(view.id()));
        if (!node.getItems().equals(nodes)) {
            int selected = Math.max(0, node.getSelectionModel().getSelectedIndex());
            node.getItems().setAll(nodes);
            node.getSelectionModel().select(Math.min(selected, nodes.size() - 1));
        }
        consistent.setDisable(!snapshot.topology().hasPrimary());
    }

    private void showResult(ActionResult result) {
        if (result == null || result.accepted()) {
            refusal.setText("");
            return;
        }
        String reasons = result.problems().stream().map(Text::format).collect(Collectors.joining(" "));
        refusal.setText(new MessageFormat(texts.getString("ops.refused"), texts.getLocale()).format(new Object[] {reasons}));
    }
}
