package dev.rawlab.ui;

import java.util.Locale;
import java.util.ResourceBundle;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/**
 * A small label over the canvas with the frame probe's figures (median and 99th percentile frame
 * interval and draw time, frames per second, messages in flight), refreshed twice a second while shown.
 */
public final class FrameOverlay extends Label {

    private final Timeline refresh;

    public FrameOverlay(FrameProbe probe, LabViewModel model, ResourceBundle texts) {
        setId("frame-overlay");
        getStyleClass().add("frame-overlay");
        setPadding(new Insets(6, 10, 6, 10));
        setMouseTransparent(true);
        StackPane.setAlignment(this, Pos.TOP_RIGHT);
        StackPane.setMargin(this, new Insets(8));
        refresh = new Timeline(new KeyFrame(Duration.millis(500), event -> {
            FrameProbe.Figures figures = probe.figures();
            setText(Texts.format(texts, "probe.figures",
                    String.format(Locale.ROOT, "%.1f", figures.frameMedianMillis()),
                    String.format(Locale.ROOT, "%.1f", figures.frameP99Millis()),
                    String.format(Locale.ROOT, "%.2f", figures.drawMedianMillis()),
                    String.format(Locale.ROOT, "%.2f", figures.drawP99Millis()),
                    String.format(Locale.ROOT, "%.0f", figures.framesPerSecond()),
                    model.snapshot().messages().size()));
        }));
        refresh.setCycleCount(Timeline.INDEFINITE);
        visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                refresh.play();
            } else {
                refresh.stop();
            }
        });
        setVisible(false);
    }
}
