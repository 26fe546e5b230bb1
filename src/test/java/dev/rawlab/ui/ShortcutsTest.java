package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.store.OpKind;
import dev.rawlab.ui.keys.Shortcut;
import java.util.EnumSet;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every shortcut the help overlay lists does what the overlay says, pressed on the real window;
 * presenter mode goes on with F5 and off with Esc and puts every panel back.
 */
@ExtendWith(ApplicationExtension.class)
class ShortcutsTest {

    private final ResourceBundle texts = ResourceBundle.getBundle(App.BUNDLE);
    private LabViewModel model;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        window = Fx.openWindow(stage, model);
        scene = window.root().getScene();
        window.canvas().requestFocus();
    }


    private long running(OpKind kind) {
        return Fx.ask(() -> model.session().store().trace().events().stream()
                .filter(e -> e instanceof dev.rawlab.store.TraceEvent.ActionApplied applied
                        && applied.action().startsWith(kind.name() + " ")).count());
    }

    @Test
    void everyShortcutInTheHelpDoesWhatItSays(FxRobot robot) {
        Set<Shortcut> tried = EnumSet.noneOf(Shortcut.class);

        robot.push(KeyCode.F1);
        tried.add(Shortcut.HELP);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        for (Shortcut shortcut : Shortcut.values()) {
            assertThat(robot.lookup(".help-what").match((Label l) -> l.getText().equals(texts.getString(shortcut.textKey()))).tryQuery())
                    .as("the help lists %s", shortcut).isPresent();
        }
        robot.push(KeyCode.ESCAPE);
        tried.add(Shortcut.LEAVE);
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isFalse();
        robot.write('?');
        assertThat(robot.lookup("#help-overlay").query().isVisible()).isTrue();
        robot.push(KeyCode.ESCAPE);

        robot.write('p');
        tried.add(Shortcut.PUT);
        assertThat(running(OpKind.PUT)).isEqualTo(1);
        long before = Fx.ask(() -> model.nowMicrosProperty().get());
        robot.push(KeyCode.RIGHT);
        tried.add(Shortcut.STEP);
        long stepped = Fx.ask(() -> model.nowMicrosProperty().get());
        assertThat(stepped).isGreaterThan(before);
        robot.push(KeyCode.LEFT);
        tried.add(Shortcut.STEP_BACK);
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).isLessThan(stepped);
        robot.write('g');
        tried.add(Shortcut.GET);
        assertThat(running(OpKind.GET)).isEqualTo(1);
        robot.write('l');
        tried.add(Shortcut.LIST);
        assertThat(running(OpKind.LIST)).isEqualTo(1);

        robot.push(KeyCode.SPACE);
        tried.add(Shortcut.PLAY);
        assertThat(Fx.ask(() -> model.playingProperty().get())).isTrue();
        robot.push(KeyCode.SPACE);
        assertThat(Fx.ask(() -> model.playingProperty().get())).isFalse();

        double speed = Fx.ask(() -> model.speedProperty().get());
        robot.write('+');
        tried.add(Shortcut.FASTER);
        assertThat(Fx.ask(() -> model.speedProperty().get())).isGreaterThan(speed);
        robot.write('-');
        robot.write('-');
        tried.add(Shortcut.SLOWER);
        assertThat(Fx.ask(() -> model.speedProperty().get())).isLessThan(speed);

        robot.write('r');
        tried.add(Shortcut.RESET);
        assertThat(Fx.ask(() -> model.nowMicrosProperty().get())).isZero();
        assertThat(Fx.ask(() -> model.session().log())).isEmpty();

        robot.write('2');
        tried.add(Shortcut.PRESET);
        var second = dev.rawlab.scenario.Presets.load().scenarios().get(1);
        assertThat(Fx.ask(() -> model.configProperty().get())).isEqualTo(second.config());

        robot.push(KeyCode.F3);
        tried.add(Shortcut.FRAME_TIMES);
        assertThat(robot.lookup("#frame-overlay").query().isVisible()).isTrue();

        robot.push(KeyCode.F5);
        tried.add(Shortcut.PRESENTER);
        assertThat(Fx.ask(() -> window.presentingProperty().get())).isTrue();
        robot.push(KeyCode.ESCAPE);
        assertThat(Fx.ask(() -> window.presentingProperty().get())).isFalse();

        assertThat(tried).containsExactlyInAnyOrder(Shortcut.values());
    }

    @Test
    void presenterModeFoldsThePanelsScalesUpAndPutsEverythingBack(FxRobot robot) {

        robot.push(KeyCode.F5);

        assertThat(robot.lookup("#side-panel").tryQuery()).isEmpty();
        assertThat(robot.lookup("#bottom-views").tryQuery()).isEmpty();
        assertThat(robot.lookup("#presenter-bar").tryQuery()).isPresent();
        assertThat(Fx.ask(() -> window.root().getStyleClass())).contains("presenter", "projector");
        // The picture is laid out for a canvas 1/1.5 the size and drawn 1.5 times larger.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Fx.ask(() -> window.canvas().sceneLayout().width() * 1.5)).isCloseTo(
                Fx.ask(() -> window.canvas().canvas().getWidth()), org.assertj.core.data.Offset.offset(1.0));
        assertThat(Fx.ask(() -> window.canvas().textScaleProperty().get())).isEqualTo(PresenterMode.SCALES.get(0));

        robot.clickOn("#presenter-controls");
        assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
        robot.clickOn("#presenter-views");
        assertThat(robot.lookup("#bottom-views").tryQuery()).isPresent();

        robot.push(KeyCode.ESCAPE);
        assertThat(robot.lookup("#side-panel").tryQuery()).isPresent();
        assertThat(robot.lookup("#bottom-views").tryQuery()).isPresent();
        assertThat(robot.lookup("#presenter-bar").tryQuery()).isEmpty();
        assertThat(Fx.ask(() -> window.root().getStyleClass())).doesNotContain("presenter", "projector");
        // (The headless screen does not give the window back its old size after full screen, so the
        // canvas's own scale is checked rather than its font size.)
        assertThat(Fx.ask(() -> window.canvas().textScaleProperty().get())).isEqualTo(1.0);
    }

    @Test
    void theViewMenuSwitchesTheThemeAndPresenterModeUsesTheProjectorOne(FxRobot robot) {
        assertThat(backgroundBrightness()).isGreaterThan(0.8);
        robot.clickOn("#menu-view");
        robot.clickOn(texts.getString("menu.theme"));
        robot.clickOn(texts.getString("theme.dark"));

        assertThat(backgroundBrightness()).isLessThan(0.3);

        assertThat(Fx.ask(() -> window.themeProperty().get())).isEqualTo(Theme.DARK);
        assertThat(Fx.ask(() -> window.root().getStyleClass())).contains("theme-dark");
        assertThat(Fx.ask(javafx.application.Application::getUserAgentStylesheet))
                .isEqualTo(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheetBSS());

        robot.push(KeyCode.F5);
        assertThat(Fx.ask(() -> window.root().getStyleClass())).contains("projector", "presenter").doesNotContain("theme-dark");
        robot.push(KeyCode.ESCAPE);
        assertThat(Fx.ask(() -> window.root().getStyleClass())).contains("theme-dark").doesNotContain("projector", "presenter");
    }

    /** How bright the window's background is as its stylesheets paint it, 0 black to 1 white. */
    private double backgroundBrightness() {
        return Fx.ask(() -> {
            javafx.scene.layout.Region frame = (javafx.scene.layout.Region) window.root();
            frame.applyCss();
            return ((javafx.scene.paint.Color) frame.getBackground().getFills().get(0).getFill()).getBrightness();
        });
    }
}
