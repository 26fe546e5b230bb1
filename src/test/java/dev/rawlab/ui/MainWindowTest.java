package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.TraceEvent;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Predicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window driven the way a student drives it: clicks on PUT and GET, the replica picked in
 * the "Send to" box, the consistent-read switch, the playback buttons and the time slider. Checks
 * what the student then sees in the answer beside the user, the event log and the live figures.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private final ResourceBundle texts = ResourceBundle.getBundle(App.BUNDLE);
    private LabViewModel model;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        Fx.openWindow(stage, model);
    }


    /** Clicks Step until {@code done} holds of the checked operations (at most 50 steps). */
    private void stepUntil(FxRobot robot, Predicate<List<CheckedOperation>> done) {
        for (int i = 0; i < 50 && !Fx.ask(() -> done.test(model.reportProperty().get().operations())); i++) {
            robot.clickOn("#step-forward");
        }
        assertThat(Fx.ask(() -> done.test(model.reportProperty().get().operations()))).as("reached within 50 steps").isTrue();
    }

    private static Predicate<List<CheckedOperation>> finished(OpKind kind) {
        return ops -> ops.stream().anyMatch(op -> op.operation().op() == kind && "alice".equals(op.operation().user()));
    }

    private void sendTo(FxRobot robot, String node) {
        robot.clickOn("#node");
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> cell) -> node.equals(cell.getText())).<ListCell<?>>query());
    }

    /** PUT avatar.png as alice, wait for the ack, then GET it from replica B (80 ms behind). */
    private void putThenGetFromB(FxRobot robot) {
        robot.clickOn("#put");
        stepUntil(robot, finished(OpKind.PUT));
        sendTo(robot, "B");
        robot.clickOn("#get");
        stepUntil(robot, finished(OpKind.GET));
    }

    private String spokenCanvas(FxRobot robot) {
        return Fx.ask(() -> robot.lookup("#store-canvas").queryAs(dev.rawlab.ui.canvas.StoreCanvas.class).canvas().getAccessibleText());
    }

    private List<String> logLines(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> texts.getString("log.title").equals(label.getText())).<Label>query());
        ListView<?> list = robot.lookup("#event-log").queryAs(ListView.class);
        return Fx.ask(() -> list.getItems().stream().map(item -> ((LogLine) item).text()).toList());
    }

    private String stat(FxRobot robot, String figure) {
        return Fx.ask(() -> robot.lookup("#stat-" + figure).queryAs(Label.class).getText());
    }

    @Test
    void theTabsNobodyHasOpenedYetJoinTheWindowWhenChosen(FxRobot robot) {
        // Kept out of the first frame, so the window appears sooner.
        assertThat(robot.lookup("#experiments-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#event-log").tryQuery()).isEmpty();

        // Chosen through the tab pane: at this window's width its header sits behind the overflow menu.
        javafx.scene.control.TabPane views = robot.lookup("#bottom-views").queryAs(javafx.scene.control.TabPane.class);
        Fx.ask(() -> {
            views.getSelectionModel().select(views.getTabs().stream().filter(tab -> tab.getId().equals("tab-experiments")).findFirst().orElseThrow());
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#experiments-panel").query().isVisible()).isTrue();
        assertThat(robot.lookup("#experiment-run").query().isVisible()).isTrue();
        assertThat(robot.lookup("#event-log").tryQuery()).isEmpty();
    }

    @Test
    void aGetFromTheLaggingReplicaShows404InTheAnswerTheLogAndTheFigures(FxRobot robot) {
        putThenGetFromB(robot);

        assertThat(spokenCanvas(robot)).contains("alice got GET avatar.png: 404, stale: 404.");
        assertThat(logLines(robot)).anyMatch(line -> line.contains("alice GET avatar.png -> 404 from replica B: stale 404"));
        assertThat(stat(robot, "stale404")).isEqualTo("1");
        assertThat(stat(robot, "ryw")).isEqualTo("1");
        assertThat(robot.lookup("#caption").queryAs(Label.class).getText()).contains("replica B").contains("404");
    }

    @Test
    void withTheConsistentReadSwitchedOnTheSameClicksShow200(FxRobot robot) {
        // Focused first, as Tab would: the controls' panel scrolls it into sight when the window is short.
        javafx.scene.Node consistent = robot.lookup("#fix-consistent").query();
        Fx.ask(() -> {
            consistent.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#fix-consistent .thumb-area").queryAs(javafx.scene.Node.class));
        dev.rawlab.store.ReadMode read = Fx.ask(() -> model.snapshot().strategy().read());
        assertThat(read).isEqualTo(dev.rawlab.store.ReadMode.PRIMARY);

        robot.clickOn("#put");
        stepUntil(robot, finished(OpKind.PUT));
        robot.clickOn("#get");
        stepUntil(robot, finished(OpKind.GET));

        assertThat(spokenCanvas(robot)).contains("alice got GET avatar.png: 200 v1, fresh.");
        assertThat(stat(robot, "stale404")).isEqualTo("0");
        assertThat(stat(robot, "fresh")).isEqualTo("1");
    }

    @Test
    void stepMovesToTheNextEventAndPauseStopsTime(FxRobot robot) {
        robot.clickOn("#put");
        long next = Fx.ask(() -> model.session().nextMomentMicros());
        robot.clickOn("#step-forward");
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).isEqualTo(next).isPositive();

        robot.clickOn("#play");
        assertThat(Fx.ask(() -> model.playingProperty().get())).isTrue();
        robot.clickOn("#play");
        assertThat(Fx.ask(() -> model.playingProperty().get())).isFalse();
        long paused = Fx.ask(() -> model.nowMicrosProperty().get());
        Fx.ask(() -> {
            model.tick(1_000_000_000L);
            return null;
        });
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).as("a paused clock ignores frames").isEqualTo(paused);
    }

    @Test
    void theSpeedSliderSetsHowMuchSimulatedTimeASecondOfWallTimeIs(FxRobot robot) {
        double before = Fx.ask(() -> model.speedProperty().get());
        robot.clickOn("#speed");
        robot.push(KeyCode.END);
        double fastest = Fx.ask(() -> model.speedProperty().get());
        assertThat(fastest).isGreaterThan(before).isCloseTo(LabViewModel.MAX_SPEED, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(robot.lookup(".label").match((Label l) -> "x2.0".equals(l.getText())).tryQuery()).isPresent();
        robot.push(KeyCode.HOME);
        assertThat(Fx.ask(() -> model.speedProperty().get())).isCloseTo(LabViewModel.MIN_SPEED, org.assertj.core.data.Offset.offset(1e-9));

        robot.clickOn("#put");
        long start = Fx.ask(() -> model.nowMicrosProperty().get());
        long advanced = Fx.ask(() -> {
            model.playingProperty().set(true);
            for (int frame = 0; frame < 10; frame++) {
                model.tick(20_000_000L);
            }
            model.playingProperty().set(false);
            return model.nowMicrosProperty().get();
        });
        // 10 frames of 20 ms of wall time at x0.01: 2 ms of simulated time.
        assertThat(advanced - start).isEqualTo(2_000);
    }

    @Test
    void rewindingOnTheTimeSliderAndPlayingForwardGivesTheSameState(FxRobot robot) {
        putThenGetFromB(robot);
        robot.clickOn("#get");
        stepUntil(robot, ops -> ops.stream().filter(op -> op.operation().op() == OpKind.GET).count() == 2);
        StoreSnapshot before = Fx.ask(() -> model.snapshot());
        List<TraceEvent> traceBefore = Fx.ask(() -> List.copyOf(model.session().store().trace().events()));

        robot.clickOn("#time");
        robot.push(KeyCode.HOME);
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).isZero();
        assertThat(stat(robot, "reads")).isEqualTo("0");
        robot.push(KeyCode.END);

        assertThat(Fx.ask(() -> model.snapshot())).isEqualTo(before);
        assertThat(Fx.ask(() -> model.session().store().trace().events())).isEqualTo(traceBefore);
        assertThat(stat(robot, "reads")).isEqualTo("2");
        assertThat(logLines(robot)).filteredOn(line -> line.contains("GET avatar.png -> 404 from replica B: stale 404")).hasSize(2);
    }

    @Test
    void actingAfterRewindingStartsANewBranch(FxRobot robot) {
        putThenGetFromB(robot);
        robot.clickOn("#time");
        robot.push(KeyCode.HOME);
        sendTo(robot, texts.getString("ops.nodeAny"));
        robot.clickOn("#get");

        // The PUT at 0 ms stays (it happened at the time rewound to); the GET from B is gone, the new GET is in.
        List<String> actions = Fx.ask(() -> model.session().log().stream().map(a -> a.action().describe()).toList());
        assertThat(actions).containsExactly("PUT alice avatar.png \"cat.png\"", "GET alice avatar.png");
    }

    @Test
    void clickingAUserOnTheCanvasFollowsTheirLastOperationInTheLogToo(FxRobot robot) {
        putThenGetFromB(robot);
        long getId = Fx.ask(() -> model.reportProperty().get().operations().stream()
                .filter(op -> op.operation().op() == OpKind.GET).findFirst().orElseThrow().operation().id());
        dev.rawlab.ui.canvas.StoreCanvas canvas = robot.lookup("#store-canvas").queryAs(dev.rawlab.ui.canvas.StoreCanvas.class);
        javafx.geometry.Point2D alice = Fx.ask(() -> {
            var box = canvas.sceneLayout().end("alice");
            return canvas.localToScreen(box.centerX(), box.centerY());
        });

        robot.clickOn(alice);

        assertThat(Fx.ask(() -> model.selectedOperationProperty().get())).isEqualTo(getId);
        robot.clickOn(robot.lookup(".tab-label").match((Label label) -> texts.getString("log.title").equals(label.getText())).<Label>query());
        ListView<?> list = robot.lookup("#event-log").queryAs(ListView.class);
        List<Long> selected = Fx.ask(() -> list.getSelectionModel().getSelectedItems().stream().map(item -> ((LogLine) item).operationId()).distinct().toList());
        assertThat(selected).containsExactly(getId);
    }

    @Test
    void theCanvasKeepsDrawingWhenTheWindowIsResized(FxRobot robot) {
        Canvas canvas = Fx.ask(() -> robot.lookup("#store-canvas").queryAs(dev.rawlab.ui.canvas.StoreCanvas.class).canvas());
        double wide = Fx.ask(canvas::getWidth);
        Fx.ask(() -> {
            Stage stage = (Stage) canvas.getScene().getWindow();
            stage.setWidth(1000);
            stage.setHeight(700);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.ask(canvas::getWidth)).isLessThan(wide).isGreaterThan(300);
    }
}
