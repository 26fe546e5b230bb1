package dev.rawlab.ui;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The time-space diagram: one lane per user and node (users, the edge cache when on, the load
 * balancer, the primary, the replicas), time running left to right over a window that follows
 * now, every message an arrow from its send to its arrive time, each operation a span on its
 * user's lane with the checker's verdict, replication-queue stays and applies on the node lanes.
 * Clicking an arrow or a span selects its operation. The window's width changes with the mouse
 * wheel or the zoom buttons; while the run is shorter than that, the whole run is shown.
 */
public final class TimeSpaceDiagram extends Region {

    /** The window shown by default: long enough to see a write reach an 80 ms replica. */
    public static final long DEFAULT_SPAN_MICROS = 250 * Micros.PER_MILLI;
    /** The narrowest and widest window a person can zoom to. */
    public static final long MIN_SPAN_MICROS = 10 * Micros.PER_MILLI;
    /** A crowded diagram is redrawn at most this often (four times a second). */
    private static final long DENSE_FRAME_NANOS = 250_000_000L;
    public static final long MAX_SPAN_MICROS = 120 * Micros.PER_SECOND;
    /** The narrowest window while the run is still short, so the first messages are not stretched absurdly. */
    static final long SHORT_RUN_SPAN_MICROS = 20 * Micros.PER_MILLI;
    /** Each zoom step (a button press or one wheel notch) scales the window by this much. */
    static final double ZOOM_STEP = 1.25;
    /** The wheel's delta for one notch, in pixels. */
    private static final double WHEEL_NOTCH = 40;
    /** The share of the window kept right of now, where messages in flight are heading. */
    private static final double LEAD_SHARE = 1 / 16.0;

    private final LabViewModel model;
    private final ResourceBundle texts;
    private final Canvas canvas = new Canvas();
    private final HBox bar = new HBox();
    private final Label span = new Label();
    private final Button zoomIn = new Button();
    private final Button zoomOut = new Button();
    private final TraceHistory history = new TraceHistory();
    private final DiagramRenderer renderer;
    /** Milliseconds for people: at most one decimal. */
    private final NumberFormat millis;
    private Map<Long, CheckedOperation> checked = Map.of();
    private long spanMicros = DEFAULT_SPAN_MICROS;
    private DiagramLayout layout;
    private DiagramHits hits = new DiagramHits(0);

    private final Throttle throttle = new Throttle(DENSE_FRAME_NANOS, this::draw);
    private boolean checkedStale = true;

    public TimeSpaceDiagram(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        this.renderer = new DiagramRenderer(texts);
        this.millis = NumberFormat.getNumberInstance(texts.getLocale());
        millis.setMaximumFractionDigits(1);
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("time-space-diagram");
        getStyleClass().add("time-space-diagram");
        canvas.setId("diagram-canvas");
        span.setId("diagram-span");
        zoomIn.setId("diagram-zoom-in");
        zoomOut.setId("diagram-zoom-out");
        span.getStyleClass().add("diagram-span");
        zoomIn.setText(texts.getString("diagram.zoomIn"));
        zoomOut.setText(texts.getString("diagram.zoomOut"));
        zoomIn.setAccessibleText(texts.getString("diagram.zoomIn.explain"));
        zoomOut.setAccessibleText(texts.getString("diagram.zoomOut.explain"));
        zoomIn.setTooltip(new Tooltip(texts.getString("diagram.zoomIn.explain")));
        zoomOut.setTooltip(new Tooltip(texts.getString("diagram.zoomOut.explain")));
        canvas.setAccessibleText(texts.getString("diagram.hint"));
        setMinSize(320, 160);
    }

    private void layoutParts() {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(texts.getString("diagram.hint"));
        hint.getStyleClass().add("explanation");
        // The tab around the diagram carries its title; the bar keeps the hint and the zoom.
        hint.setMinWidth(0);
        span.setMinWidth(Region.USE_PREF_SIZE);
        // The hint gives way first; the zoom buttons keep their signs (they went blank when squeezed).
        zoomOut.setMinWidth(Region.USE_PREF_SIZE);
        zoomIn.setMinWidth(Region.USE_PREF_SIZE);
        bar.getChildren().addAll(hint, gap, span, zoomOut, zoomIn);
        bar.setSpacing(8);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 8, 2, 8));
        bar.getStyleClass().add("diagram-bar");
        getChildren().addAll(bar, canvas);
    }

    private void setupBindings() {
        model.snapshotProperty().addListener((obs, old, now) -> redraw());
        model.reportProperty().addListener((obs, old, report) -> {
            checkedStale = true;
            redraw();
        });
        model.selectedOperationProperty().addListener((obs, old, now) -> redraw());
        checked = byId(model.reportProperty().get());
    }

    private void setupEventHandlers() {
        canvas.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                model.selectedOperationProperty().set(operationAt(event.getX(), event.getY()).orElse(LabViewModel.NO_SELECTION));
            }
        });
        canvas.addEventHandler(ScrollEvent.SCROLL, event -> {
            if (event.getDeltaY() != 0) {
                zoomBy(Math.pow(ZOOM_STEP, -event.getDeltaY() / WHEEL_NOTCH));
                event.consume();
            }
        });
        zoomIn.setOnAction(event -> zoomBy(1 / ZOOM_STEP));
        zoomOut.setOnAction(event -> zoomBy(ZOOM_STEP));
    }

    private static Map<Long, CheckedOperation> byId(CheckReport report) {
        Map<Long, CheckedOperation> map = new HashMap<>();
        if (report != null) {
            report.operations().forEach(op -> map.put(op.operation().id(), op));
        }
        return map;
    }

    /** Scales the window by {@code factor} (more than 1 shows more time), within the zoom limits. */
    void zoomBy(double factor) {
        spanMicros = Math.max(MIN_SPAN_MICROS, Math.min(MAX_SPAN_MICROS, Math.round(spanMicros * factor)));
        redraw();
    }

    /** The width of the window when the run is long enough to fill it. */
    public long spanMicros() {
        return spanMicros;
    }

    @Override
    protected void layoutChildren() {
        double width = getWidth();
        double barHeight = bar.prefHeight(width);
        bar.resizeRelocate(0, 0, width, barHeight);
        double canvasWidth = Math.max(1, Math.floor(width));
        double canvasHeight = Math.max(1, Math.floor(getHeight() - barHeight));
        canvas.relocate(0, barHeight);
        if (canvas.getWidth() != canvasWidth || canvas.getHeight() != canvasHeight) {
            canvas.setWidth(canvasWidth);
            canvas.setHeight(canvasHeight);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 360;
    }

    /** Draws the diagram for the current snapshot: now, or, when crowded, a few times a second (it costs more than a frame). */
    public void redraw() {
        throttle.request(renderer.lastFrameDense());
    }

    private void draw() {
        StoreSnapshot snapshot = model.snapshot();
        if (snapshot == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return;
        }
        if (checkedStale) {
            checked = byId(model.reportProperty().get());
            checkedStale = false;
        }
        history.update(model.session().store().trace());
        long now = snapshot.nowMicros();
        Map<String, String> names = laneNames(snapshot);
        long visible = Math.min(spanMicros, Math.max(SHORT_RUN_SPAN_MICROS, now + Math.round(spanMicros * LEAD_SHARE)));
        long end = Math.max(visible, now + Math.round(visible * LEAD_SHARE));
        layout = new DiagramLayout(new ArrayList<>(names.keySet()), canvas.getWidth(), canvas.getHeight(), end - visible, end);
        hits = renderer.draw(canvas.getGraphicsContext2D(), new DiagramRenderer.Frame(layout, history, checked, names, now,
                model.selectedOperationProperty().get()));
        String shown = Texts.format(texts, "diagram.span", millis.format(Micros.toMillis(visible)));
        if (!shown.equals(span.getText())) {
            span.setText(shown);
        }
    }

    /** The lanes top to bottom, each with the name it shows: users, cache (if on), load balancer, nodes. */
    private Map<String, String> laneNames(StoreSnapshot snapshot) {
        Map<String, String> names = new LinkedHashMap<>();
        snapshot.users().forEach(user -> names.put(user.name(), user.name()));
        if (snapshot.cacheEnabled()) {
            names.put(StoreConfig.CACHE, texts.getString("diagram.lane.cache"));
        }
        names.put(StoreConfig.LOAD_BALANCER, texts.getString("diagram.lane.loadBalancer"));
        for (StoreSnapshot.NodeView node : snapshot.nodes()) {
            names.put(node.id(), StoreConfig.PRIMARY.equals(node.id())
                    ? texts.getString("diagram.lane.primary")
                    : Texts.format(texts, "diagram.lane.replica", node.id()));
        }
        return names;
    }

    /** The operation whose span or message is at ({@code x}, {@code y}) on the canvas, as last drawn. */
    public OptionalLong operationAt(double x, double y) {
        return hits.at(x, y);
    }

    /** The geometry of the last frame drawn (canvas coordinates), or null before the first. */
    public DiagramLayout diagramLayout() {
        return layout;
    }

    /** What the diagram draws its arrows from: every message the run sent so far. */
    public MessageHistory messageHistory() {
        return history;
    }

    public Canvas canvas() {
        return canvas;
    }
}
