package dev.rawlab.ui;

import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.OperationRecord;
import java.util.concurrent.atomic.AtomicReference;
import org.testfx.api.FxRobot;

/**
 * The lesson's first story, played through the view-model the way the window plays it: alice PUTs
 * avatar.png at 0 ms, then at 5 ms GETs it from replica B, which is 80 ms behind, and gets a 404.
 * {@link #play(LabViewModel)} runs on the JavaFX thread; {@link #play(FxRobot, LabViewModel)} takes it there.
 */
final class AvatarStory {

    static final String KEY = "avatar.png";
    static final long GET_AT_MICROS = 5 * Micros.PER_MILLI;
    /** Long after the GET's answer and after replica B applied v1 (80 ms lag). */
    static final long LATER_MICROS = 100 * Micros.PER_MILLI;

    /** The operation ids the story started. */
    record Ids(long put, long get) {
    }

    private AvatarStory() {
    }

    /** PUT, then the GET forced to replica B ({@code consistent} sends it to the primary instead), then on to 100 ms. */
    static Ids play(LabViewModel model, boolean consistent) {
        long put = model.apply(new Action.Put("alice", KEY, "cat.png")).operationId();
        model.seek(GET_AT_MICROS);
        long get = model.apply(new Action.Get("alice", KEY, consistent ? null : "B", consistent)).operationId();
        model.seek(LATER_MICROS);
        return new Ids(put, get);
    }

    static Ids play(LabViewModel model) {
        return play(model, false);
    }

    /** Plays the story on the JavaFX thread and waits for it. */
    static Ids play(FxRobot robot, LabViewModel model, boolean consistent) {
        AtomicReference<Ids> ids = new AtomicReference<>();
        robot.interact(() -> ids.set(play(model, consistent)));
        return ids.get();
    }

    static Ids play(FxRobot robot, LabViewModel model) {
        return play(robot, model, false);
    }

    /** The finished operation {@code id} from the checker's report. */
    static OperationRecord finished(LabViewModel model, long id) {
        return model.reportProperty().get().operations().stream()
                .map(checked -> checked.operation())
                .filter(op -> op.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("operation " + id + " has not finished"));
    }
}
