package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.store.Message;
import dev.rawlab.store.QueueEntry;
import dev.rawlab.store.Session;
import dev.rawlab.store.StoreSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import atlantafx.base.controls.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 5,000 random actions through the window's real controls (buttons, switches, choice boxes,
 * spinners, sliders, the time slider for scrubbing, frames of play) from a seed printed on
 * failure. After every action: nothing threw, and the model's invariants hold; every 250 actions,
 * replaying the session's log from its seed gives the very same store. Rerun one seed with
 * {@code -Dfuzz.seed=N}.
 */
@ExtendWith(ApplicationExtension.class)
class WindowFuzzTest {

    private static final int ACTIONS = 5_000;
    private static final String[] KEYS = {"avatar.png", "photos/a.jpg", "photos/b.jpg", "report.pdf"};

    private LabViewModel model;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        scene = Fx.openWindow(stage, model).root().getScene();
    }

    @Test
    void randomUseOfEveryControlKeepsTheModelSound() throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261203L);
        SplittableRandom random = new SplittableRandom(seed);
        List<String> recent = new ArrayList<>();
        for (int done = 0; done < ACTIONS; done += 250) {
            int from = done;
            String failure = WaitForAsyncUtils.asyncFx(() -> run(random, from, Math.min(ACTIONS, from + 250), recent)).get();
            assertThat(failure).as("seed %d (rerun with -Dfuzz.seed=%d); last actions: %s", seed, seed, recent).isNull();
        }
    }

    /** Runs actions {@code from} (inclusive) to {@code to} on the JavaFX thread; the first broken rule, or null. */
    private String run(SplittableRandom random, int from, int to, List<String> recent) {
        for (int index = from; index < to; index++) {
            String described;
            try {
                described = act(random);
            } catch (RuntimeException e) {
                return "action " + index + " threw " + e;
            }
            recent.add(index + ": " + described);
            if (recent.size() > 12) {
                recent.remove(0);
            }
            String broken = invariants();
            if (broken != null) {
                return "after action " + index + ": " + broken;
            }
        }
        String replay = replayMatches();
        return replay == null ? null : "at action " + to + ": " + replay;
    }

    /** One random action on one control the person could use now. */
    private String act(SplittableRandom random) {
        if (random.nextInt(5) == 0) {
            long frameNanos = 1_000_000L + random.nextLong(40_000_000L);
            model.tick(frameNanos);
            return "a frame of " + frameNanos / 1_000_000 + " ms";
        }
        List<Node> controls = new ArrayList<>();
        collect(scene.getRoot(), controls);
        Node control = controls.get(random.nextInt(controls.size()));
        String name = control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId());
        if (control instanceof ToggleSwitch toggle) {
            toggle.setSelected(!toggle.isSelected());
        } else if (control instanceof ButtonBase button) {
            button.fire();
        } else if (control instanceof ComboBox<?> combo) {
            if (!combo.getItems().isEmpty()) {
                combo.getSelectionModel().select(random.nextInt(combo.getItems().size()));
            }
        } else if (control instanceof Spinner<?> spinner) {
            int steps = 1 + random.nextInt(3);
            if (random.nextBoolean()) {
                spinner.increment(steps);
            } else {
                spinner.decrement(steps);
            }
        } else if (control instanceof Slider slider) {
            slider.setValue(slider.getMin() + random.nextDouble() * (slider.getMax() - slider.getMin()));
        } else if (control instanceof TextField field) {
            String text = "seed".equals(field.getId()) ? Long.toString(random.nextInt(1000))
                    : "key".equals(field.getId()) ? KEYS[random.nextInt(KEYS.length)] : "v" + random.nextInt(100);
            field.setText(text);
            field.fireEvent(new ActionEvent());
            return name + " = " + text;
        }
        return name;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof ButtonBase || node instanceof ComboBox || node instanceof Slider || node instanceof Spinner
                || node instanceof TextField || node instanceof ToggleSwitch) {
            found.add(node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    /** The rules every state must keep, or null when all hold. */
    private String invariants() {
        StoreSnapshot now = model.snapshot();
        if (now.nowMicros() != model.nowMicrosProperty().get() || now.nowMicros() > model.furthestMicrosProperty().get()) {
            return "the clock shows " + model.nowMicrosProperty().get() + " us, the store is at " + now.nowMicros()
                    + " us, the furthest reached is " + model.furthestMicrosProperty().get() + " us";
        }
        for (Message message : now.messages()) {
            if (message.sendMicros() > now.nowMicros() || message.arriveMicros() < now.nowMicros()) {
                return "message " + message + " is in flight outside its send and arrive times at " + now.nowMicros();
            }
        }
        for (StoreSnapshot.NodeView node : now.nodes()) {
            long previous = Long.MIN_VALUE;
            for (QueueEntry entry : node.queue()) {
                if (entry.enqueueMicros() < previous || entry.enqueueMicros() > now.nowMicros()) {
                    return "queue of " + node.id() + " is out of order or from the future: " + node.queue();
                }
                previous = entry.enqueueMicros();
            }
        }
        var report = model.reportProperty().get();
        var drawn = ((dev.rawlab.ui.canvas.StoreCanvas) scene.lookup("#store-canvas")).badges();
        if (!drawn.equals(dev.rawlab.ui.canvas.AnswerBadge.latestPerUser(report))) {
            return "the answers drawn beside the users are not the newest ones: " + drawn;
        }
        if (report.operations().size() != now.operationsFinished()) {
            return "the checker judged " + report.operations().size() + " operations but " + now.operationsFinished() + " finished";
        }
        return null;
    }

    /** Rewind is replay: the session's config and log, played again to now, give an equal store. */
    private String replayMatches() {
        Session session = model.session();
        Session again = new Session(session.config(), session.log());
        again.advanceTo(session.nowMicros());
        StoreSnapshot expected = session.store().snapshot();
        StoreSnapshot replayed = again.store().snapshot();
        return expected.equals(replayed) ? null : "replaying the log gave a different store at " + session.nowMicros() + " us";
    }
}
