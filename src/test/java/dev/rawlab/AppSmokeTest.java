package dev.rawlab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Opens the real window (headless under Monocle in the build) and checks that it shows the store
 * canvas, the caption inviting a first action, and the title, all from the
 * {@code dev.rawlab.ui.messages} bundle.
 */
@ExtendWith(ApplicationExtension.class)
class AppSmokeTest {

    private final ResourceBundle messages = ResourceBundle.getBundle(App.BUNDLE);

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new App().start(stage);
    }

    @Test
    void window_shows_the_canvas_and_a_caption_inviting_a_first_action(FxRobot robot) {
        String expected = messages.getString("caption.none");

        Label caption = robot.lookup("#caption").queryAs(Label.class);

        assertThat(caption.getText()).isEqualTo(expected);
        assertThat(caption.isVisible()).isTrue();
        Node canvas = robot.lookup("#store-canvas").query();
        assertThat(canvas.getBoundsInLocal().getWidth()).isGreaterThan(300);
        assertThat(canvas.getBoundsInLocal().getHeight()).isGreaterThan(200);
    }

    @Test
    void window_title_comes_from_the_bundle() {
        assertThat(stage.getTitle()).isEqualTo(messages.getString("app.title"));
        assertThat(stage.isShowing()).isTrue();
    }
}
