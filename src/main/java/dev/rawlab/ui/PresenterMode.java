package dev.rawlab.ui;

import dev.rawlab.ui.canvas.StoreCanvas;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;

/**
 * Presenter mode for a classroom projector: full screen, every word and stroke scaled up (x1.5 to
 * x2), and the side panels folded away behind a slim toolbar that brings each back on demand (the
 * window puts on the projector {@link Theme} meanwhile). Leaving puts every panel back as it was.
 */
final class PresenterMode {

    /** The sizes offered, as multiples of the normal size. */
    static final List<Double> SCALES = List.of(1.5, 1.75, 2.0);
    private static final double BASE_FONT_PX = 13;

    private final BorderPane root;
    private final Region frame;
    private final SplitPane centre;
    private final Node bottom;
    private final Node controls;
    private final StoreCanvas canvas;
    private final ResourceBundle texts;
    private final BooleanProperty on = new SimpleBooleanProperty(this, "presenting", false);
    private final DoubleProperty scale = new SimpleDoubleProperty(this, "scale", SCALES.get(0));
    private final VBox bar = new VBox(8);
    final ToggleButton showControls = new ToggleButton();
    final ToggleButton showLesson = new ToggleButton();
    final ToggleButton showViews = new ToggleButton();
    final ComboBox<Double> size = new ComboBox<>();
    private Node lesson;
    private Node lessonBefore;
    private double[] dividers;

    PresenterMode(BorderPane root, Region frame, SplitPane centre, Node bottom, Node controls, StoreCanvas canvas,
                  ResourceBundle texts) {
        this.root = root;
        this.frame = frame;
        this.centre = centre;
        this.bottom = bottom;
        this.controls = controls;
        this.canvas = canvas;
        this.texts = texts;
        buildBar();
        on.addListener((obs, was, now) -> apply(now));
        scale.addListener((obs, was, now) -> {
            if (on.get()) {
                scaleTo(now.doubleValue());
            }
        });
    }

    private void buildBar() {
        bar.setId("presenter-bar");
        bar.getStyleClass().add("presenter-bar");
        bar.setPadding(new Insets(8));
        setUp(showControls, "presenter-controls", "presenter.controls", "presenter.controls.explain");
        setUp(showLesson, "presenter-lesson", "presenter.lesson", "presenter.lesson.explain");
        setUp(showViews, "presenter-views", "presenter.views", "presenter.views.explain");
        size.setId("presenter-scale");
        size.getItems().setAll(SCALES);
        size.setValue(scale.get());
        size.setAccessibleText(texts.getString("presenter.scale"));
        size.setTooltip(new Tooltip(texts.getString("presenter.scale")));
        size.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : Texts.format(texts, "presenter.scale.value", value);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        size.valueProperty().addListener((obs, was, now) -> {
            if (now != null) {
                scale.set(now);
            }
        });
        showControls.selectedProperty().addListener((obs, was, shown) -> layOutFolded());
        showLesson.selectedProperty().addListener((obs, was, shown) -> layOutFolded());
        showViews.selectedProperty().addListener((obs, was, shown) -> showViews(shown));
        bar.getChildren().addAll(showControls, showLesson, showViews, size);
    }

    private void setUp(ToggleButton button, String id, String key, String explainKey) {
        button.setId(id);
        button.setText(texts.getString(key));
        button.setTooltip(new Tooltip(texts.getString(explainKey)));
        button.setAccessibleText(texts.getString(explainKey));
        button.setMaxWidth(Double.MAX_VALUE);
    }

    /** The lesson panel (beside the canvas), once the window has one. */
    void setLesson(Node lessonSide) {
        this.lesson = lessonSide;
    }

    BooleanProperty onProperty() {
        return on;
    }

    DoubleProperty scaleProperty() {
        return scale;
    }

    void toggle() {
        on.set(!on.get());
    }

    private void apply(boolean presenting) {
        if (presenting) {
            lessonBefore = root.getLeft();
            dividers = centre.getDividerPositions();
            frame.getStyleClass().add("presenter");
            scaleTo(scale.get());
            showControls.setSelected(false);
            showLesson.setSelected(false);
            showViews.setSelected(false);
            showViews(false);
            layOutFolded();
        } else {
            frame.getStyleClass().remove("presenter");
            frame.setStyle("");
            canvas.textScaleProperty().set(1);
            root.setRight(controls);
            root.setLeft(lessonBefore);
            showViews(true);
            if (dividers != null) {
                centre.setDividerPositions(dividers);
            }
        }
        if (frame.getScene() != null && frame.getScene().getWindow() instanceof Stage stage) {
            stage.setFullScreenExitHint("");
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreen(presenting);
        }
    }

    private void scaleTo(double factor) {
        frame.setStyle("-fx-font-size: " + Math.round(BASE_FONT_PX * factor) + "px;");
        canvas.textScaleProperty().set(factor);
        if (size.getValue() == null || size.getValue() != factor) {
            size.setValue(factor);
        }
    }

    /** In presenter mode: the slim bar at the right, and beside it whichever panels are unfolded. */
    private void layOutFolded() {
        if (!on.get()) {
            return;
        }
        root.setRight(showControls.isSelected() ? new HBox(controls, bar) : bar);
        root.setLeft(showLesson.isSelected() ? lesson : null);
    }

    private void showViews(boolean shown) {
        if (shown && !centre.getItems().contains(bottom)) {
            centre.getItems().add(bottom);
            centre.setDividerPositions(dividers == null ? 0.64 : dividers[0]);
        } else if (!shown) {
            centre.getItems().remove(bottom);
        }
    }
}
