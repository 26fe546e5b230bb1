package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.store.Action;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event log after the avatar story: the 404 in words, the filters, and selection both ways. */
@ExtendWith(ApplicationExtension.class)
class EventLogViewTest {

    private LabViewModel model;
    private EventLogView log;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        log = new EventLogView(model, ResourceBundle.getBundle(App.BUNDLE));
        stage.setScene(new Scene(log, 1100, 700));
        stage.show();
    }

    private static String staleLine(AvatarStory.Ids ids) {
        return "op#" + ids.get() + " alice GET avatar.png -> 404 from replica B: stale 404";
    }

    /** The row on screen whose words contain {@code text}, if one is shown. */
    private Optional<ListCell<?>> shownCell(FxRobot robot, String text) {
        WaitForAsyncUtils.waitForFxEvents();
        List<ListCell<?>> cells = robot.lookup("#event-log .list-cell").queryAll().stream()
                .filter(ListCell.class::isInstance).<ListCell<?>>map(ListCell.class::cast).toList();
        return cells.stream().filter(cell -> cell.getText() != null && cell.getText().contains(text)).findFirst();
    }

    @Test
    void theStaleReadIsALineInWordsWithTheCheckersVerdict(FxRobot robot) {
        AvatarStory.Ids ids = AvatarStory.play(robot, model);

        assertThat(shownCell(robot, staleLine(ids))).isPresent();
        assertThat(shownCell(robot, "breaks read-your-writes")).isPresent();
        assertThat(shownCell(robot, "replica B applies avatar.png v1")).isPresent();
    }

    @Test
    void turningTheGetFilterOffHidesTheLineAndOnShowsItAgain(FxRobot robot) {
        AvatarStory.Ids ids = AvatarStory.play(robot, model);

        robot.clickOn("#log-filter-get");
        assertThat(shownCell(robot, staleLine(ids))).isEmpty();
        assertThat(shownCell(robot, "op#" + ids.put() + " alice PUT avatar.png -> 200 v1")).isPresent();

        robot.clickOn("#log-filter-get");
        assertThat(shownCell(robot, staleLine(ids))).isPresent();
    }

    @Test
    void turningReplicationOffHidesTheQueueLines(FxRobot robot) {
        AvatarStory.play(robot, model);

        robot.clickOn("#log-filter-replication");

        assertThat(shownCell(robot, "queues avatar.png")).isEmpty();
        assertThat(log.shownLines()).noneMatch(line -> line.category() == LogLine.Category.REPLICATION).isNotEmpty();
    }

    @Test
    void clickingTheGetsLineSelectsItsOperation(FxRobot robot) {
        AvatarStory.Ids ids = AvatarStory.play(robot, model);
        assertThat(model.selectedOperationProperty().get()).isEqualTo(LabViewModel.NO_SELECTION);

        robot.clickOn(shownCell(robot, staleLine(ids)).orElseThrow());

        assertThat(model.selectedOperationProperty().get()).isEqualTo(ids.get());
    }

    @Test
    void selectingAnOperationElsewhereSelectsAllItsLines(FxRobot robot) {
        AvatarStory.Ids ids = AvatarStory.play(robot, model);

        robot.interact(() -> model.selectedOperationProperty().set(ids.put()));

        ListView<LogLine> list = log.list;
        List<LogLine> selected = List.copyOf(list.getSelectionModel().getSelectedItems());
        long linesOfPut = log.shownLines().stream().filter(line -> line.belongsTo(ids.put())).count();
        assertThat(selected).hasSize((int) linesOfPut).allMatch(line -> line.belongsTo(ids.put()));
        assertThat(linesOfPut).isGreaterThanOrEqualTo(3);
    }

    @Test
    void rewindingStartsTheLogOverFromTheReplay(FxRobot robot) {
        AvatarStory.Ids ids = AvatarStory.play(robot, model);
        int before = log.shownLines().size();

        robot.interact(() -> model.seek(AvatarStory.GET_AT_MICROS - 1_000));

        assertThat(log.shownLines().size()).isLessThan(before);
        assertThat(shownCell(robot, staleLine(ids))).isEmpty();
        assertThat(log.shownLines()).allMatch(line -> line.timeMicros() <= AvatarStory.GET_AT_MICROS - 1_000);

        robot.interact(() -> model.seek(AvatarStory.LATER_MICROS));

        assertThat(log.shownLines()).hasSize(before);
        assertThat(shownCell(robot, staleLine(ids))).isPresent();
    }

    @Test
    void whileFollowingTheNewestLineIsInView(FxRobot robot) {
        robot.interact(() -> {
            for (int i = 0; i < 12; i++) {
                model.apply(new Action.Put("alice", "photo" + i + ".png", "body"));
                model.seek(model.nowMicrosProperty().get() + 100_000);
            }
        });
        List<LogLine> lines = log.shownLines();

        assertThat(lines.size()).isGreaterThan(40);
        assertThat(shownCell(robot, lines.get(lines.size() - 1).text())).isPresent();
        assertThat(shownCell(robot, lines.get(0).text())).isEmpty();
    }
}
