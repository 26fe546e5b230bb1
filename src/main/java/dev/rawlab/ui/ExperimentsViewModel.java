package dev.rawlab.ui;

import dev.rawlab.experiment.CostModel;
import dev.rawlab.experiment.Fix;
import dev.rawlab.experiment.ObjectKind;
import dev.rawlab.experiment.Progress;
import dev.rawlab.experiment.TradeoffRow;
import dev.rawlab.experiment.TradeoffTable;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.StoreConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The state of the Experiments panel: the scene to measure, which fixes to compare, how many trials,
 * which curves to chart (new key or edit), and the measured rows (one {@link TradeoffRow} per fix, the curve of each inside it). A run goes
 * in a background {@link Task}, one fix after another, rows appearing as they finish; progress counts
 * trials; {@link #cancel()} stops it before the next chunk of trials. Touched only on the JavaFX
 * thread; the task itself touches nothing here but through its own properties.
 */
public final class ExperimentsViewModel {

    /** The state of the last run. */
    public enum Status { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /** Times of the grid, in ms. */
    static final double[] T_MILLIS = TradeoffTable.DEFAULT_T_MILLIS;

    private final ObjectProperty<StoreConfig> scene = new SimpleObjectProperty<>();
    private final Map<Fix, BooleanProperty> selected = new EnumMap<>(Fix.class);
    private final IntegerProperty trials = new SimpleIntegerProperty(1_000);
    private final ObjectProperty<ObjectKind> chartObject = new SimpleObjectProperty<>(ObjectKind.NEW);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.IDLE);
    private final ObservableList<TradeoffRow> rows = FXCollections.observableArrayList();
    private Task<List<TradeoffRow>> task;

    public ExperimentsViewModel(StoreConfig initialScene) {
        scene.set(initialScene);
        for (Fix fix : Fix.values()) {
            selected.put(fix, new SimpleBooleanProperty(fix == Fix.EVENTUAL || fix == Fix.CONSISTENT_READ || fix == Fix.RETRY));
        }
    }

    /** The store configuration measured: the window's current scene, or any other. */
    public ObjectProperty<StoreConfig> sceneProperty() {
        return scene;
    }

    /** Whether {@code fix} takes part in the next run. */
    public BooleanProperty selectedProperty(Fix fix) {
        return selected.get(fix);
    }

    /** Trials per time of the grid, per fix and object kind. */
    public IntegerProperty trialsProperty() {
        return trials;
    }

    /** Which curves the chart shows: the new key's (stale = 404) or the edit's (stale = old body). */
    public ObjectProperty<ObjectKind> chartObjectProperty() {
        return chartObject;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** From 0 to 1 while a run goes on. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The measured rows, in the order of {@link Fix}. */
    public ObservableList<TradeoffRow> rows() {
        return rows;
    }

    /** The fixes the scene allows and that are selected. */
    List<Fix> fixesToRun() {
        List<Fix> fixes = new ArrayList<>();
        for (Fix fix : Fix.values()) {
            if (selected.get(fix).get() && TradeoffTable.allowed(scene.get(), fix)) {
                fixes.add(fix);
            }
        }
        return fixes;
    }

    /** Starts a run in the background; does nothing while one is going on or when no fix is selected. */
    public void run() {
        List<Fix> fixes = fixesToRun();
        if (running.get() || fixes.isEmpty()) {
            return;
        }
        StoreConfig config = scene.get();
        int trialCount = Math.max(1, trials.get());
        long[] tMicros = new long[T_MILLIS.length];
        for (int i = 0; i < tMicros.length; i++) {
            tMicros[i] = Micros.ofMillis(T_MILLIS[i]);
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        rows.clear();
        task = new Task<>() {
            @Override
            protected List<TradeoffRow> call() {
                long total = fixes.size() * TradeoffTable.trialsPerRow(trialCount);
                AtomicLong done = new AtomicLong();
                Progress report = new Progress() {
                    @Override
                    public void advanced(int count) {
                        updateProgress(done.addAndGet(count), total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                };
                List<TradeoffRow> measured = new ArrayList<>();
                for (Fix fix : fixes) {
                    measured.add(TradeoffTable.measure(config, fix, tMicros, trialCount, config.seed(), threads,
                            CostModel.DEFAULT, report));
                    updateValue(List.copyOf(measured));
                }
                return measured;
            }
        };
        task.valueProperty().addListener((obs, old, value) -> {
            if (value != null && status.get() == Status.RUNNING) {
                rows.setAll(value);
            }
        });
        progress.bind(task.progressProperty());
        task.setOnSucceeded(event -> finish(Status.DONE));
        task.setOnCancelled(event -> finish(Status.CANCELLED));
        task.setOnFailed(event -> finish(Status.FAILED));
        running.set(true);
        status.set(Status.RUNNING);
        Thread worker = new Thread(task, "experiments");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops the run before its next chunk of trials. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
        }
    }

    private void finish(Status end) {
        progress.unbind();
        progress.set(end == Status.DONE ? 1 : progress.get());
        running.set(false);
        status.set(end);
    }
}
