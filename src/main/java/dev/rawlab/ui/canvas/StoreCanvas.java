package dev.rawlab.ui.canvas;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.store.Message;
import dev.rawlab.store.StoreSnapshot;
import java.text.MessageFormat;
import java.util.List;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * The animated picture of the store: a canvas that fills its region, redrawn when the snapshot
 * changes or the region is resized. Reports how long each redraw took, for the frame-time probe.
 */
public final class StoreCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final StoreRenderer renderer;
    private final ObservableValue<StoreSnapshot> snapshot;
    private final ObservableValue<CheckReport> report;
    private final ObservableValue<Number> selectedOperation;
    private final ResourceBundle texts;
    private final ObservableValue<Set<String>> spotlight;
    private SceneLayout layout;
    private final javafx.beans.property.DoubleProperty textScale = new javafx.beans.property.SimpleDoubleProperty(this, "textScale", 1);
    private java.util.Map<String, AnswerBadge> badges = new java.util.LinkedHashMap<>();
    private int badgesSeen;
    private CheckedOperation lastBadged;
    private LongConsumer drawTimeListener = nanos -> {
    };

    public StoreCanvas(ObservableValue<StoreSnapshot> snapshot, ObservableValue<CheckReport> report,
                       ObservableValue<Number> selectedOperation, ObservableValue<Set<String>> spotlight, ResourceBundle texts) {
        this.spotlight = spotlight;
        spotlight.addListener((obs, old, now) -> redraw());
        textScale.addListener((obs, old, now) -> redraw());
        this.snapshot = snapshot;
        this.report = report;
        this.selectedOperation = selectedOperation;
        selectedOperation.addListener((obs, old, now) -> redraw());
        this.renderer = new StoreRenderer(texts);
        getStyleClass().add("store-canvas");
        getChildren().add(canvas);
        snapshot.addListener((obs, old, now) -> redraw());
        report.addListener((obs, old, now) -> {
            updateBadges(now);
            describeAnswers();
            redraw();
        });
        updateBadges(report.getValue());
        this.texts = texts;
        describeAnswers();
        setMinSize(320, 240);
    }

    /** What each user last got back, as drawn beside them now. */
    public java.util.Map<String, AnswerBadge> badges() {
        return java.util.Collections.unmodifiableMap(badges);
    }

    /**
     * Brings the badges up to date with {@code now}: only the operations added since the last
     * report when it continues that one, all of them when it starts over (after a rewind).
     */
    private void updateBadges(CheckReport now) {
        List<CheckedOperation> operations = now == null ? List.of() : now.operations();
        boolean continues = badgesSeen > 0 && operations.size() >= badgesSeen && operations.get(badgesSeen - 1) == lastBadged;
        if (!continues) {
            badges = new java.util.LinkedHashMap<>();
            badgesSeen = 0;
        }
        AnswerBadge.addNewer(badges, operations, badgesSeen);
        badgesSeen = operations.size();
        lastBadged = operations.isEmpty() ? null : operations.get(operations.size() - 1);
    }

    /**
     * Says in words what the users last got back ("alice got GET avatar.png: 404, stale: 404."), as
     * the canvas's accessible text, for screen readers and for tests that read what is drawn.
     */
    private void describeAnswers() {
        StringBuilder spoken = new StringBuilder(texts.getString("canvas.spoken"));
        for (AnswerBadge badge : badges.values()) {
            spoken.append(' ').append(MessageFormat.format(texts.getString("canvas.answerSpoken"),
                    badge.user(), badge.request(), badge.outcome(), renderer.verdictWord(badge)));
        }
        canvas.setAccessibleText(spoken.toString());
    }

    @Override
    protected void layoutChildren() {
        double width = snapshotSize(getWidth());
        double height = snapshotSize(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            redraw();
        }
    }

    private static double snapshotSize(double value) {
        return Math.max(1, Math.floor(value));
    }

    /** Draws the current snapshot now. */
    public void redraw() {
        StoreSnapshot current = snapshot.getValue();
        if (current == null || canvas.getWidth() < 2 || canvas.getHeight() < 2) {
            return;
        }
        long start = System.nanoTime();
        // Presenter mode zooms the whole picture: it is laid out for a canvas 1/scale the size and drawn scaled up.
        double scale = textScale.get();
        layout = new SceneLayout(current, canvas.getWidth() / scale, canvas.getHeight() / scale);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.save();
        g.scale(scale, scale);
        renderer.draw(g, layout, current, badges, selectedOperation.getValue().longValue(),
                spotlight.getValue() == null ? Set.of() : spotlight.getValue());
        g.restore();
        drawTimeListener.accept(System.nanoTime() - start);
    }

    /**
     * The operation under a point of the canvas: a message in flight there, else the last operation
     * of the user whose box is there; empty when there is none.
     */
    public OptionalLong operationAt(double canvasX, double canvasY) {
        StoreSnapshot current = snapshot.getValue();
        double x = canvasX / textScale.get();
        double y = canvasY / textScale.get();
        if (layout == null || current == null) {
            return OptionalLong.empty();
        }
        double reach = layout.fontSize() * 0.8;
        double[] at = new double[2];
        Message nearest = null;
        double nearestDistance = reach;
        for (Message message : current.messages()) {
            Route route = layout.route(message.from(), message.to());
            if (route != null) {
                route.pointAt(message.progress(current.nowMicros()), at);
                double distance = Math.hypot(at[0] - x, at[1] - y);
                if (distance <= nearestDistance) {
                    nearest = message;
                    nearestDistance = distance;
                }
            }
        }
        if (nearest != null) {
            return OptionalLong.of(nearest.operationId());
        }
        String end = layout.endAt(x, y);
        AnswerBadge badge = end == null ? null : badges.get(end);
        return badge == null ? OptionalLong.empty() : OptionalLong.of(badge.operationId());
    }

    /** How much larger than usual the words and strokes are drawn (1 normally; 1.5 to 2 in presenter mode). */
    public javafx.beans.property.DoubleProperty textScaleProperty() {
        return textScale;
    }

    /**
     * The layout of the last frame drawn (for clicks on nodes and for tests), or null before the
     * first. Its coordinates are the canvas's divided by {@link #textScaleProperty()}.
     */
    public SceneLayout sceneLayout() {
        return layout;
    }

    public Canvas canvas() {
        return canvas;
    }

    public void setOnDrawn(LongConsumer listener) {
        this.drawTimeListener = listener;
    }
}
