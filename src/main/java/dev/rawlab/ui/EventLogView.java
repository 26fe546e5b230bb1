package dev.rawlab.ui;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.TraceEvent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The run's events in words, newest at the bottom, each with its time: operations started and
 * finished (with the checker's verdict), routing decisions, queue entries enqueued and applied,
 * cache hits, retries, reassignments. Toggles filter by kind; while "follow" is on the list keeps
 * the newest line in view. Choosing a line selects its operation; selecting an operation
 * elsewhere selects its lines here. Reads only what the trace added since the last look and
 * starts over when the run is replayed.
 */
public final class EventLogView extends VBox {

    private final LabViewModel model;
    private final ResourceBundle texts;
    private final ObservableList<LogLine> lines = FXCollections.observableArrayList();
    private final FilteredList<LogLine> shown = new FilteredList<>(lines, line -> true);
    final ListView<LogLine> list = new ListView<>(shown);
    final Map<LogLine.Category, ToggleButton> filters = new EnumMap<>(LogLine.Category.class);
    final ToggleButton follow = new ToggleButton();
    private final TraceFollower follower = new TraceFollower();
    private final LogWords words;
    /** Finished operations whose verdict the checker has not given yet, with the index of their line. */
    private final Map<Long, Integer> unjudged = new LinkedHashMap<>();
    private final Map<Long, OperationRecord> unjudgedRecords = new HashMap<>();
    /** How many of the report's operations have been looked at; back to 0 when the trace starts over. */
    private int judgedCount;
    private final javafx.beans.property.BooleanProperty onShow = new javafx.beans.property.SimpleBooleanProperty(this, "onShow", true);
    private boolean syncingSelection;
    private boolean scrollAfterLayout;
    private final Runnable afterLayout = this::afterLayout;

    public EventLogView(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        this.words = new LogWords(texts);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("event-log-view");
        getStyleClass().add("event-log-view");
        list.setId("event-log");
        list.getStyleClass().add("event-log");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new LineCell());
        list.setPlaceholder(new Label(texts.getString("log.empty")));
        list.setAccessibleText(texts.getString("log.title"));
        for (LogLine.Category category : LogLine.Category.values()) {
            if (category != LogLine.Category.OTHER) {
                ToggleButton toggle = new ToggleButton(texts.getString("log.filter." + category.id()));
                toggle.setId("log-filter-" + category.id());
                toggle.setSelected(true);
                toggle.getStyleClass().add("log-filter");
                toggle.setAccessibleText(Texts.format(texts, "log.filter.explain", toggle.getText()));
                filters.put(category, toggle);
            }
        }
        follow.setId("log-follow");
        follow.setText(texts.getString("log.follow"));
        follow.setSelected(true);
        follow.setAccessibleText(texts.getString("log.follow.explain"));
    }

    private void layoutParts() {
        setSpacing(4);
        setPadding(new Insets(4, 6, 4, 6));
        FlowPane toolbar = new FlowPane(6, 4);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getChildren().add(Texts.heading(texts, "log.title"));
        toolbar.getChildren().addAll(filters.values());
        toolbar.getChildren().add(follow);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(toolbar, list);
    }

    private void setupBindings() {
        model.snapshotProperty().addListener((obs, old, now) -> followTrace());
        onShow.addListener((obs, was, now) -> {
            if (now) {
                followTrace();
                judge(model.reportProperty().get(), true);
                selectLinesOf(model.selectedOperationProperty().get());
                scrollToNewest();
            }
        });
        model.reportProperty().addListener((obs, old, report) -> {
            if (onShow.get() && judge(report, true)) {
                scrollToNewest();
            }
        });
        model.selectedOperationProperty().addListener((obs, old, id) -> {
            if (!syncingSelection) {
                selectLinesOf(id.longValue());
            }
        });
        followTrace();
    }

    private void setupEventHandlers() {
        filters.values().forEach(toggle -> toggle.selectedProperty().addListener((obs, was, on) -> refilter()));
        follow.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                scrollToNewest();
            }
        });
        list.heightProperty().addListener((obs, old, height) -> scrollToNewest());
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, line) -> {
            if (syncingSelection || line == null) {
                return;
            }
            syncingSelection = true;
            try {
                model.selectedOperationProperty().set(line.operationId() >= 0 ? line.operationId() : LabViewModel.NO_SELECTION);
            } finally {
                syncingSelection = false;
            }
        });
    }

    /** Reads what the trace added since the last look; starts over after a rewind. */
    private void followTrace() {
        if (!onShow.get()) {
            // In a tab not on show: catch up when it is shown rather than lay out rows nobody sees every frame.
            return;
        }
        TraceFollower.Update update = follower.follow(model.session().store().trace());
        if (!update.changed()) {
            return;
        }
        List<LogLine> added = new ArrayList<>();
        int base = update.reset() ? 0 : lines.size();
        if (update.reset()) {
            judgedCount = 0;
            words.clear();
            unjudged.clear();
            unjudgedRecords.clear();
        }
        for (TraceEvent event : update.added()) {
            LogLine line = words.line(event);
            if (line == null) {
                continue;
            }
            if (event instanceof TraceEvent.Completed done) {
                unjudged.put(done.operation().id(), base + added.size());
                unjudgedRecords.put(done.operation().id(), done.operation());
            }
            added.add(line);
        }
        if (update.reset()) {
            lines.setAll(added);
        } else if (!added.isEmpty()) {
            lines.addAll(added);
        }
        judge(model.reportProperty().get(), false);
        if (update.reset()) {
            selectLinesOf(model.selectedOperationProperty().get());
        }
        if (!added.isEmpty() || update.reset()) {
            scrollToNewest();
        }
    }

    /**
     * Puts the checker's verdict on finished operations that had none, where the report covers
     * them; true if any. Looks only at operations the report added since the last new report.
     */
    private boolean judge(CheckReport report, boolean fromNewReport) {
        if (report == null || unjudged.isEmpty()) {
            return false;
        }
        // Only the operations the report added since the last look can judge a line still unjudged.
        List<CheckedOperation> operations = report.operations();
        if (operations.size() < judgedCount) {
            judgedCount = 0;
        }
        Map<Long, CheckedOperation> byId = new HashMap<>();
        for (int i = judgedCount; i < operations.size(); i++) {
            byId.put(operations.get(i).operation().id(), operations.get(i));
        }
        if (fromNewReport) {
            // Only a report made for the current trace moves the cursor; the one seen while the
            // trace is being read may still be the last trace's.
            judgedCount = operations.size();
        }
        boolean changed = false;
        var iterator = unjudged.entrySet().iterator();
        while (iterator.hasNext()) {
            var entry = iterator.next();
            CheckedOperation checked = byId.get(entry.getKey());
            OperationRecord record = unjudgedRecords.get(entry.getKey());
            if (checked != null && checked.operation().equals(record)) {
                lines.set(entry.getValue(), words.finished(record, checked));
                unjudgedRecords.remove(entry.getKey());
                iterator.remove();
                changed = true;
            }
        }
        return changed;
    }

    private void refilter() {
        shown.setPredicate(line -> {
            ToggleButton toggle = filters.get(line.category());
            return toggle == null || toggle.isSelected();
        });
        selectLinesOf(model.selectedOperationProperty().get());
    }

    private void selectLinesOf(long operationId) {
        syncingSelection = true;
        try {
            list.getSelectionModel().clearSelection();
            int first = -1;
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).belongsTo(operationId)) {
                    list.getSelectionModel().select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                list.scrollTo(first);
            }
        } finally {
            syncingSelection = false;
        }
    }

    /**
     * Scrolls to the very end while following, now and once more after the next layout pass. Past
     * the last index on purpose: the list's flow then goes to its end (scrolling to the last index
     * puts that row at the top). The second time is needed because the flow only measures rows
     * added in this pulse when it lays them out, and until then its end is a little short.
     */
    private void scrollToNewest() {
        if (follow.isSelected() && !shown.isEmpty()) {
            list.scrollTo(shown.size());
            scrollAfterLayout = true;
        }
    }

    /** Runs after every layout pass of the scene this view is in. */
    private void afterLayout() {
        if (scrollAfterLayout) {
            scrollAfterLayout = false;
            if (follow.isSelected() && !shown.isEmpty()) {
                list.scrollTo(shown.size());
            }
        }
    }

    /** Whether the log is on show (its tab selected); while it is not, it does not follow the trace. */
    public javafx.beans.property.BooleanProperty onShowProperty() {
        return onShow;
    }

    /** The lines shown now (after the filters), top to bottom. */
    List<LogLine> shownLines() {
        return List.copyOf(shown);
    }

    /**
     * A line: its time in a fixed column, then its words; styled by kind and verdict. As wide as
     * the list and no wider (a long line ends in "..." and shows whole in its tooltip), so no
     * sideways scroll bar ever covers the newest line.
     */
    private final class LineCell extends ListCell<LogLine> {
        private final Label time = new Label();
        private final Tooltip whole = new Tooltip();

        LineCell() {
            time.getStyleClass().add("log-time");
            time.setMinWidth(Region.USE_PREF_SIZE);
            getStyleClass().add("log-line");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(LogLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeIf(style -> style.startsWith("verdict-") || style.startsWith("log-kind-"));
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            time.setText(Texts.format(texts, "log.time", Micros.formatMillis(line.timeMicros())));
            setGraphic(time);
            setText(line.text());
            whole.setText(line.text());
            setTooltip(whole);
            getStyleClass().add("log-kind-" + line.category().id());
            if (line.verdict() != null) {
                getStyleClass().add(VerdictStyle.styleClass(line.verdict()));
            }
        }
    }
}
