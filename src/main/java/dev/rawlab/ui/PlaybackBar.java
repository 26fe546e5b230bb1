package dev.rawlab.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;

/**
 * Play and pause, step forward and back, reset, a speed slider on a log scale (x0.01 to x2), and a
 * time slider to scrub back and forth (going back is replay). Drives the view-model only.
 */
public final class PlaybackBar extends FlowPane {

    /** The sliders' widths in px: the speed slider's, and the time slider's least and most. */
    static final double SPEED_WIDTH = 120;
    static final double TIME_MIN_WIDTH = 140;
    static final double TIME_MAX_WIDTH = 360;

    private final LabViewModel model;
    private final ResourceBundle texts;
    final ToggleButton play = new ToggleButton();
    final Button stepBack = new Button();
    final Button stepForward = new Button();
    final Button reset = new Button();
    final Slider speed = new Slider(Math.log10(LabViewModel.MIN_SPEED), Math.log10(LabViewModel.MAX_SPEED),
            Math.log10(LabViewModel.DEFAULT_SPEED));
    final Slider time = new Slider(0, 1, 0);
    private final Label speedValue = new Label();
    private final Label timeValue = new Label();
    private boolean updatingTime;

    public PlaybackBar(LabViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        getStyleClass().add("playback-bar");
        play.setId("play");
        stepBack.setId("step-back");
        stepForward.setId("step-forward");
        reset.setId("reset");
        speed.setId("speed");
        time.setId("time");
        stepBack.setText(texts.getString("playback.stepBack"));
        stepForward.setText(texts.getString("playback.stepForward"));
        reset.setText(texts.getString("playback.reset"));
        Icons.decorate(play, "mdi2p-play", texts, "playback.play.tip");
        Icons.decorate(stepBack, "mdi2s-skip-previous", texts, "playback.stepBack.tip");
        Icons.decorate(stepForward, "mdi2s-skip-next", texts, "playback.stepForward.tip");
        Icons.decorate(reset, "mdi2r-restore", texts, "playback.reset.tip");
        speed.setAccessibleText(texts.getString("playback.speed"));
        time.setAccessibleText(texts.getString("playback.time"));
        speed.setPrefWidth(SPEED_WIDTH);
        // One press of an arrow, + or - changes the speed by about a quarter (the slider is log10 of the speed).
        speed.setBlockIncrement(0.1);
        time.setBlockIncrement(1_000);
        time.setPrefWidth(TIME_MIN_WIDTH);
        speedValue.setMinWidth(60);
        timeValue.setMinWidth(110);
    }

    private void layoutParts() {
        // A flow, not a row: in a language with longer words the bar takes a second line instead of cutting words.
        setHgap(10);
        setVgap(6);
        setPadding(new Insets(8, 12, 8, 12));
        setAlignment(Pos.CENTER_LEFT);
        Label speedLabel = new Label(texts.getString("playback.speed"));
        speedLabel.setLabelFor(speed);
        Label timeLabel = new Label(texts.getString("playback.time"));
        timeLabel.setLabelFor(time);
        getChildren().addAll(play, stepBack, stepForward, reset, speedLabel, speed, speedValue, timeLabel, time, timeValue);
        // Words on buttons are never cut: when the bar is short of room (presenter mode), the sliders give way.
        getChildren().addListener((javafx.collections.ListChangeListener<javafx.scene.Node>) change -> keepWordsWhole());
        keepWordsWhole();
        speed.setMinWidth(60);
        time.setMinWidth(80);
    }

    /**
     * Gives the time slider the room the line has left, between its least and its most width, so
     * that one line holds the whole bar where it can (measured at each layout, when the buttons'
     * widths are known).
     */
    @Override
    protected void layoutChildren() {
        fitTimeSlider();
        super.layoutChildren();
    }

    private void fitTimeSlider() {
        double taken = snappedLeftInset() + snappedRightInset() + getHgap() * (getChildren().size() - 1);
        for (javafx.scene.Node child : getChildren()) {
            if (child != time) {
                // As the flow lays it out: its preferred width, but never under its least.
                taken += snapSizeX(Math.max(child.minWidth(-1), child.prefWidth(-1)));
            }
        }
        time.setPrefWidth(Math.max(TIME_MIN_WIDTH, Math.min(TIME_MAX_WIDTH, getWidth() - taken)));
    }

    private void keepWordsWhole() {
        for (javafx.scene.Node child : getChildren()) {
            if (child instanceof javafx.scene.control.Labeled labeled) {
                labeled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        }
    }

    private void setupBindings() {
        play.selectedProperty().bindBidirectional(model.playingProperty());
        model.playingProperty().addListener((obs, was, playing) -> Icons.swap(play, playing ? "mdi2p-pause" : "mdi2p-play"));
        play.textProperty().bind(Bindings.when(model.playingProperty())
                .then(texts.getString("playback.pause")).otherwise(texts.getString("playback.play")));
        speedValue.textProperty().bind(Bindings.createStringBinding(
                () -> format("playback.speedValue", String.format(Locale.ROOT, model.speedProperty().get() < 0.1 ? "%.2f" : "%.1f",
                        model.speedProperty().get())), model.speedProperty()));
        timeValue.textProperty().bind(Bindings.createStringBinding(
                () -> format("playback.timeValue", dev.rawlab.sim.Micros.formatMillis(model.nowMicrosProperty().get())),
                model.nowMicrosProperty()));
        model.nowMicrosProperty().addListener((obs, old, now) -> syncTimeSlider());
        model.furthestMicrosProperty().addListener((obs, old, now) -> syncTimeSlider());
    }

    private void setupEventHandlers() {
        speed.valueProperty().addListener((obs, old, now) -> model.speedProperty().set(Math.pow(10, now.doubleValue())));
        stepForward.setOnAction(event -> {
            model.playingProperty().set(false);
            model.stepForward();
        });
        stepBack.setOnAction(event -> {
            model.playingProperty().set(false);
            model.stepBack();
        });
        reset.setOnAction(event -> model.reset());
        time.valueProperty().addListener((obs, old, now) -> {
            if (!updatingTime) {
                model.seek(Math.round(now.doubleValue()));
            }
        });
    }

    private void syncTimeSlider() {
        updatingTime = true;
        try {
            time.setMax(Math.max(1, model.furthestMicrosProperty().get()));
            time.setValue(model.nowMicrosProperty().get());
        } finally {
            updatingTime = false;
        }
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }
}
