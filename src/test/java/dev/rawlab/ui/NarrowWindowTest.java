package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The window at the size it opens on a 1,366 x 768 laptop screen (95 % of it), the commonest
 * school laptop: the playback bar still fits on one line, and every tab under the picture shows its
 * name instead of hiding behind the tab pane's overflow menu.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {

    private static final double WIDTH = 1_298;
    private static final double HEIGHT = 730;

    @Start
    void start(Stage stage) {
        MainWindow window = Fx.openWindow(stage, new LabViewModel(MainWindow.defaultConfig()), WIDTH, HEIGHT);
        // A lesson panel on the left, as the program always has one.
        window.showLessons(new Label());
    }

    @Test
    void thePlaybackBarHoldsOneLine(FxRobot robot) {
        PlaybackBar bar = robot.lookup(".playback-bar").queryAs(PlaybackBar.class);

        // Each control's vertical middle: one value when they all sit on one line.
        List<Long> middles = Fx.ask(() -> bar.getChildren().stream().map(Node::getBoundsInParent)
                .map(bounds -> Math.round(bounds.getCenterY())).distinct().toList());

        assertThat(middles).hasSize(1);
    }

    @Test
    void everyTabUnderThePictureShowsItsName(FxRobot robot) {
        TabPane views = robot.lookup("#bottom-views").queryAs(TabPane.class);
        Bounds pane = Fx.ask(() -> views.localToScene(views.getLayoutBounds()));

        List<Label> names = robot.lookup("#bottom-views .tab-label").queryAllAs(Label.class).stream().toList();

        assertThat(names).hasSize(3);
        for (Label name : names) {
            Bounds shown = Fx.ask(() -> name.localToScene(name.getLayoutBounds()));
            assertThat(shown.getMaxX()).as(name.getText()).isLessThanOrEqualTo(pane.getMaxX());
        }
    }

    @Test
    void aControlTheFocusMovesToBelowTheFoldScrollsIntoSight(FxRobot robot) {
        javafx.scene.control.ScrollPane side = robot.lookup("#side-panel").queryAs(javafx.scene.control.ScrollPane.class);
        Node topology = robot.lookup("#topology").query();
        assertThat(inSight(side, topology)).as("below the fold at first").isFalse();

        Fx.ask(() -> {
            topology.requestFocus();
            return null;
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(inSight(side, topology)).isTrue();
    }

    private static boolean inSight(javafx.scene.control.ScrollPane scroll, Node node) {
        return Fx.ask(() -> {
            Bounds view = scroll.localToScene(scroll.getLayoutBounds());
            Bounds shown = node.localToScene(node.getLayoutBounds());
            return shown.getMinY() >= view.getMinY() && shown.getMaxY() <= view.getMaxY();
        });
    }
}
