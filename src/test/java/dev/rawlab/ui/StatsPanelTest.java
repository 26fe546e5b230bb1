package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import java.util.ResourceBundle;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The live figures after the avatar story: what a teacher reads off the stats panel. */
@ExtendWith(ApplicationExtension.class)
class StatsPanelTest {

    private LabViewModel model;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        stage.setScene(new Scene(new StatsPanel(model, ResourceBundle.getBundle(App.BUNDLE)), 900, 400));
        stage.show();
    }

    private String figure(FxRobot robot, String id) {
        return robot.lookup("#stat-" + id).queryAs(Label.class).getText();
    }

    @Test
    void readingBackFromTheLaggingReplicaCountsOneStale404AndOneReadYourWritesViolation(FxRobot robot) {
        AvatarStory.play(robot, model);

        assertThat(figure(robot, "reads")).isEqualTo("1");
        assertThat(figure(robot, "fresh")).isEqualTo("0");
        assertThat(figure(robot, "stale404")).isEqualTo("1");
        assertThat(figure(robot, "ryw")).isEqualTo("1");
        assertThat(figure(robot, "staleOld")).isEqualTo("0");
        assertThat(figure(robot, "stale404-share")).isEqualTo("100% of reads");
    }

    @Test
    void figuresStayAtZeroUntilTheReadHasItsAnswer(FxRobot robot) {
        robot.interact(() -> {
            AvatarStory.play(model);
            model.seek(AvatarStory.GET_AT_MICROS + 1_000);
        });

        assertThat(figure(robot, "reads")).isEqualTo("0");
        assertThat(figure(robot, "stale404")).isEqualTo("0");
        assertThat(figure(robot, "readP50")).isEqualTo("\u2014");
        assertThat(figure(robot, "writeP50")).matches("\\d+(\\.\\d)? ms");
    }

    @Test
    void aConsistentReadOfTheSameKeyIsFresh(FxRobot robot) {
        AvatarStory.play(robot, model, true);

        assertThat(figure(robot, "stale404")).isEqualTo("0");
        assertThat(figure(robot, "fresh")).isEqualTo("1");
        assertThat(figure(robot, "ryw")).isEqualTo("0");
        assertThat(figure(robot, "primaryShare")).isEqualTo("100%");
    }

    @Test
    void timesAreInMillisecondsWithAtMostOneDecimal(FxRobot robot) {
        AvatarStory.play(robot, model);

        for (String id : new String[] {"readP50", "readP99", "writeP50", "writeP99", "longestWindow"}) {
            assertThat(figure(robot, id)).as(id).matches("\\d+(\\.\\d)? ms");
        }
        assertThat(figure(robot, "primaryShare")).isEqualTo("0%");
        assertThat(Long.parseLong(figure(robot, "messages"))).isEqualTo(model.snapshot().messagesSent()).isPositive();
    }
}
