package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The animation stops while the window is minimised and goes on when it is back. */
@ExtendWith(ApplicationExtension.class)
class PlaybackClockTest {

    private Stage stage;
    private PlaybackClock clock;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Pane(), 200, 200));
        stage.show();
        clock = new PlaybackClock(new LabViewModel(MainWindow.defaultConfig()), new FrameProbe(), stage);
        clock.start();
    }

    @Test
    void minimisingPausesTheAnimationAndRestoringResumesIt() {
        assertThat(Fx.ask(clock::isRunning)).isTrue();

        Fx.ask(() -> {
            stage.setIconified(true);
            return null;
        });
        assertThat(Fx.ask(stage::isIconified)).isTrue();
        assertThat(Fx.ask(clock::isRunning)).isFalse();

        Fx.ask(() -> {
            stage.setIconified(false);
            return null;
        });
        assertThat(Fx.ask(clock::isRunning)).isTrue();
    }
}
