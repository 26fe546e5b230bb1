package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import atlantafx.base.controls.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control of the window can be reached with the Tab key alone: walks the focus with Tab
 * until it comes round again and checks that each enabled control a person can use was visited.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardReachTest {

    private Scene scene;
    private LabViewModel model;

    @Start
    void start(Stage stage) {
        model = new LabViewModel(MainWindow.defaultConfig());
        scene = Fx.openWindow(stage, model).root().getScene();
    }

    @Test
    void tabVisitsEveryControl(FxRobot robot) {
        List<Control> controls = Fx.ask(() -> usableControls(scene.getRoot()));
        assertThat(controls).hasSizeGreaterThan(30);

        robot.interact(() -> controls.get(0).requestFocus());
        Set<Node> visited = new LinkedHashSet<>();
        for (int press = 0; press < 400; press++) {
            Node owner = scene.getFocusOwner();
            if (owner != null && !visited.add(owner) && press > controls.size()) {
                break;
            }
            robot.push(KeyCode.TAB);
        }

        List<String> missed = new ArrayList<>();
        for (Control control : controls) {
            // Tab enters a group of toggles (the load-balancer policies) once; the arrows move inside it.
            boolean reached = visited.stream().anyMatch(node -> node == control || isInside(node, control)
                    || sameToggleGroup(node, control));
            if (!reached) {
                missed.add(describe(control));
            }
        }
        assertThat(missed).as("controls Tab never reached").isEmpty();
    }


    @Test
    void arrowsAndEnterChooseAmongTheLoadBalancerPolicies(FxRobot robot) {
        robot.interact(() -> scene.lookup("#lb-random").requestFocus());
        robot.push(KeyCode.RIGHT);
        assertThat(scene.getFocusOwner().getId()).isEqualTo("lb-round-robin");
        robot.push(KeyCode.ENTER);
        assertThat(Fx.ask(() -> ((javafx.scene.control.ToggleButton) scene.lookup("#lb-round-robin")).isSelected())).isTrue();
        assertThat(Fx.ask(() -> model.snapshot().strategy().lbPolicy())).isEqualTo(dev.rawlab.store.LbPolicy.ROUND_ROBIN);
    }

    @Test
    void theMenuBarOpensWithF10(FxRobot robot) {
        robot.interact(() -> scene.lookup("#put").requestFocus());
        robot.push(KeyCode.F10);
        robot.push(KeyCode.DOWN);
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) scene.lookup("#menu-bar");
        assertThat(Fx.ask(() -> bar.getMenus().stream().anyMatch(javafx.scene.control.Menu::isShowing))).isTrue();
        robot.push(KeyCode.ESCAPE);
    }

    private static boolean sameToggleGroup(Node node, Node control) {
        return node instanceof javafx.scene.control.Toggle a && control instanceof javafx.scene.control.Toggle b
                && a.getToggleGroup() != null && a.getToggleGroup() == b.getToggleGroup();
    }

    /** The enabled, visible controls a person acts on (not labels, not the parts inside a combo or spinner). */
    private static List<Control> usableControls(Parent root) {
        List<Control> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    private static void collect(Node node, List<Control> found) {
        if (!node.isVisible() || node.isDisabled() || node instanceof javafx.scene.control.MenuBar) {
            // The menu bar is reached with F10, as in every desktop program (see theMenuBarOpensWithF10).
            return;
        }
        if (node instanceof ButtonBase || node instanceof ComboBoxBase || node instanceof Slider || node instanceof Spinner
                || node instanceof TextInputControl || node instanceof ToggleSwitch || node instanceof ListView
                || node instanceof TabPane) {
            found.add((Control) node);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }

    private static boolean isInside(Node node, Node container) {
        for (Node at = node.getParent(); at != null; at = at.getParent()) {
            if (at == container) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Control control) {
        return control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId())
                + (control.getAccessibleText() == null ? "" : " \"" + control.getAccessibleText() + "\"");
    }
}
