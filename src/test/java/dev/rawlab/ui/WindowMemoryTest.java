package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size and place, the speed, presenter size and last lesson survive a restart. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    private final Preferences node = Preferences.userRoot().node("dev/rawlab/test-window-memory");
    private Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
        stage.setScene(new Scene(new Pane(), 300, 300));
        stage.setX(40);
        stage.setY(60);
        stage.setWidth(900);
        stage.setHeight(640);
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }


    @Test
    void whatIsRememberedComesBackInTheNextRun() {
        Fx.ask(() -> {
            new WindowMemory(node).remember(first, 0.5, 2.0, "02-your-own-writes", Theme.DARK);
            return null;
        });

        WindowMemory next = new WindowMemory(Preferences.userRoot().node("dev/rawlab/test-window-memory"));
        Stage second = Fx.ask(() -> {
            Stage stage = new Stage();
            next.restoreWindow(stage);
            return stage;
        });

        assertThat(Fx.ask(second::getX)).isEqualTo(40);
        assertThat(Fx.ask(second::getY)).isEqualTo(60);
        assertThat(Fx.ask(second::getWidth)).isEqualTo(900);
        assertThat(Fx.ask(second::getHeight)).isEqualTo(640);
        assertThat(next.speed()).isEqualTo(0.5);
        assertThat(next.presenterScale()).isEqualTo(2.0);
        assertThat(next.lesson()).isEqualTo("02-your-own-writes");
        assertThat(next.theme()).isEqualTo(Theme.DARK);
    }

    @Test
    void nothingRememberedOrOutOfRangeGivesTheDefaults() {
        WindowMemory fresh = new WindowMemory(node);
        assertThat(fresh.speed()).isEqualTo(LabViewModel.DEFAULT_SPEED);
        assertThat(fresh.presenterScale()).isEqualTo(PresenterMode.SCALES.get(0));
        assertThat(fresh.lesson()).isEmpty();
        assertThat(fresh.theme()).isEqualTo(Theme.LIGHT);

        node.putDouble("playbackSpeed", 50);
        node.putDouble("presenterScale", 7);
        assertThat(fresh.speed()).isEqualTo(LabViewModel.MAX_SPEED);
        assertThat(fresh.presenterScale()).isEqualTo(PresenterMode.SCALES.get(0));
    }

    @Test
    void aPlaceOffEveryScreenIsNotRestored() {
        node.putDouble("windowX", 50_000);
        node.putDouble("windowY", 50_000);
        node.putDouble("windowWidth", 800);
        node.putDouble("windowHeight", 600);
        Stage stage = Fx.ask(() -> {
            Stage fresh = new Stage();
            new WindowMemory(node).restoreWindow(fresh);
            return fresh;
        });
        assertThat(Fx.ask(stage::getX)).isNotEqualTo(50_000);
    }
}
