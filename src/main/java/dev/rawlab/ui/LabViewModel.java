package dev.rawlab.ui;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.LiveChecker;
import dev.rawlab.check.Explainer;
import dev.rawlab.store.Action;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.Session;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.Trace;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The window's state: the session being played, the speed and whether it plays, and what the
 * panels show (the latest snapshot, the checker's report, the caption for the last anomaly).
 * Every change to the store goes through {@link #apply(Action)}; time moves through
 * {@link #tick(long)}, {@link #stepForward()}, {@link #stepBack()} and {@link #seek(long)}.
 * Knows no controls.
 */
public final class LabViewModel {

    /** Slowest and fastest playback: simulated time per wall time. */
    public static final double MIN_SPEED = 0.01;
    public static final double MAX_SPEED = 2.0;
    /** Slow motion by default: one simulated millisecond takes 50 ms on screen. */
    public static final double DEFAULT_SPEED = 0.02;
    /** The value of {@link #selectedOperationProperty()} when no operation is selected. */
    public static final long NO_SELECTION = -1;
    /** A frame longer than this (a pause, a stall) moves simulated time as if it were this long. */
    static final long MAX_FRAME_NANOS = 100_000_000L;
    /** While playing, the caption changes at most this often: nobody reads faster, and explaining costs. */
    static final long CAPTION_INTERVAL_NANOS = 250_000_000L;

    private Session session;
    private final ReadOnlyObjectWrapper<StoreSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyObjectWrapper<CheckReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<StoreConfig> config = new ReadOnlyObjectWrapper<>(this, "config");
    private final ReadOnlyLongWrapper nowMicros = new ReadOnlyLongWrapper(this, "nowMicros");
    private final ReadOnlyLongWrapper furthestMicros = new ReadOnlyLongWrapper(this, "furthestMicros");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");
    private final ReadOnlyObjectWrapper<ActionResult> lastResult = new ReadOnlyObjectWrapper<>(this, "lastResult");
    private final LongProperty selectedOperation = new SimpleLongProperty(this, "selectedOperation", NO_SELECTION);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ObjectProperty<Set<String>> spotlight = new SimpleObjectProperty<>(this, "spotlight", Set.of());
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", DEFAULT_SPEED);
    private List<TimedAction> baseScript = List.of();
    private LiveChecker checker;
    private Trace checkedTrace;
    private int eventsChecked = -1;
    private int operationsExplained;
    private double carryMicros;
    private long wallSinceCaptionNanos = CAPTION_INTERVAL_NANOS;

    public LabViewModel(StoreConfig config) {
        load(config, List.of());
    }

    /** Starts afresh: a new session from {@code config}, playing {@code script} as time reaches it. */
    public void load(StoreConfig newConfig, List<TimedAction> script) {
        baseScript = List.copyOf(script);
        session = new Session(newConfig, baseScript);
        config.set(newConfig);
        checker = null;
        carryMicros = 0;
        selectedOperation.set(NO_SELECTION);
        refresh();
    }

    /** Applies one action now, through the session (a new branch if we had rewound). */
    public ActionResult apply(Action action) {
        ActionResult result = session.apply(action);
        lastResult.set(result);
        refresh();
        return result;
    }

    /**
     * Moves simulated time on by a frame of {@code wallNanos} at the current speed, if playing.
     * A long frame counts as {@link #MAX_FRAME_NANOS}.
     */
    public void tick(long wallNanos) {
        if (!playing.get() || wallNanos <= 0) {
            return;
        }
        wallSinceCaptionNanos += wallNanos;
        double micros = Math.min(wallNanos, MAX_FRAME_NANOS) / 1_000.0 * speed.get() + carryMicros;
        long whole = (long) micros;
        carryMicros = micros - whole;
        if (whole > 0) {
            session.advanceTo(session.nowMicros() + whole);
            refresh();
        }
    }

    /** Goes to the next moment something happens. */
    public boolean stepForward() {
        boolean moved = session.stepForward();
        refresh();
        return moved;
    }

    /** Goes back to the previous moment something happened (by replay). */
    public void stepBack() {
        session.stepBack();
        refresh();
    }

    /** Goes to {@code micros}: back by replaying from the seed and the action log, forward by playing on. */
    public void seek(long micros) {
        session.seek(Math.max(0, micros));
        refresh();
    }

    /** Back to time 0 with nothing done by hand: same config, and the loaded preset's script if any. */
    public void reset() {
        playing.set(false);
        load(session.config(), baseScript);
    }

    private void refresh() {
        StoreSnapshot now = session.store().snapshot();
        snapshot.set(now);
        nowMicros.set(now.nowMicros());
        furthestMicros.set(Math.max(session.furthestMicros(), now.nowMicros()));
        Trace trace = session.store().trace();
        if (checker == null || checkedTrace != trace) {
            checker = new LiveChecker();
            checkedTrace = trace;
            eventsChecked = -1;
            operationsExplained = 0;
            caption.set("");
        }
        if (report.get() == null || trace.events().size() != eventsChecked) {
            eventsChecked = trace.events().size();
            CheckReport checked = checker.update(trace);
            report.set(checked);
        }
        boolean captionDue = !playing.get() || wallSinceCaptionNanos >= CAPTION_INTERVAL_NANOS;
        List<CheckedOperation> operations = report.get().operations();
        if (captionDue && operations.size() > operationsExplained) {
            lastAnomaly(operations, trace).ifPresent(caption::set);
            operationsExplained = operations.size();
            wallSinceCaptionNanos = 0;
        }
    }

    /** The explanation of the newest anomaly among the operations finished since the last look. */
    private Optional<String> lastAnomaly(List<CheckedOperation> operations, Trace trace) {
        for (int i = operations.size() - 1; i >= operationsExplained; i--) {
            Optional<String> text = Explainer.explain(operations.get(i), trace).map(t -> t.format());
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    public Session session() {
        return session;
    }

    public ReadOnlyObjectProperty<StoreSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public StoreSnapshot snapshot() {
        return snapshot.get();
    }

    public ReadOnlyObjectProperty<CheckReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StoreConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty nowMicrosProperty() {
        return nowMicros.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty furthestMicrosProperty() {
        return furthestMicros.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ActionResult> lastResultProperty() {
        return lastResult.getReadOnlyProperty();
    }

    /**
     * The operation a person clicked (in the log or the time-space diagram), whose messages the
     * canvas and the diagram highlight; {@link #NO_SELECTION} for none.
     */
    public LongProperty selectedOperationProperty() {
        return selectedOperation;
    }

    /** The users and nodes a lesson step asks the canvas to pick out (by the names the canvas uses); empty for none. */
    public ObjectProperty<Set<String>> spotlightProperty() {
        return spotlight;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }
}
