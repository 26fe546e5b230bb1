package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.lesson.LessonLoader;
import dev.rawlab.lesson.ProgressStore;
import dev.rawlab.ui.lesson.LessonPanel;
import dev.rawlab.ui.lesson.LessonViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import atlantafx.base.controls.ToggleSwitch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every control of the real window (lesson panel included, every tab's content too) has a name a
 * screen reader can say: its accessible text, a label that names it ({@code Label.labelFor}), for
 * a button or switch the words on it, for a tab pane the names of its tabs.
 */
@ExtendWith(ApplicationExtension.class)
class AccessibleTextTest {

    @TempDir
    static Path data;

    private Scene scene;

    @Start
    void start(Stage stage) {
        ResourceBundle texts = ResourceBundle.getBundle(App.BUNDLE);
        LabViewModel model = new LabViewModel(MainWindow.defaultConfig());
        MainWindow window = new MainWindow(model, texts);
        LessonViewModel lessons = new LessonViewModel(model, LessonLoader.loadFolder(Path.of("lessons")), new ProgressStore(data.resolve("raw-lab")));
        lessons.open(0);
        window.showLessons(new LessonPanel(lessons, texts));
        scene = new Scene(window.root(), 1400, 900);
        stage.setScene(scene);
        stage.show();
    }

    static boolean checked(Node node) {
        return node instanceof ButtonBase || node instanceof ComboBoxBase || node instanceof Slider || node instanceof Spinner
                || node instanceof TextInputControl || node instanceof ToggleSwitch || node instanceof ListView
                || node instanceof TabPane || node instanceof Canvas;
    }

    /** The controls to check and the labels, walking into every tab; a checked control's own parts are not walked. */
    static void walk(Node node, List<Node> controls, Map<Node, Label> labelled) {
        if (node instanceof Label label && label.getLabelFor() != null) {
            labelled.put(label.getLabelFor(), label);
        }
        if (checked(node)) {
            controls.add(node);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                if (tab.getContent() != null) {
                    walk(tab.getContent(), controls, labelled);
                }
            }
        } else if (node instanceof Parent parent && !checked(node)) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, controls, labelled));
        }
    }

    static boolean named(Node control, Map<Node, Label> labelled) {
        String accessible = control.getAccessibleText();
        if (accessible != null && !accessible.isBlank()) {
            return true;
        }
        Label label = labelled.get(control);
        if (label != null && label.getText() != null && !label.getText().isBlank()) {
            return true;
        }
        if (control instanceof TabPane tabs) {
            // a screen reader announces the tab pane by its tabs: each needs its name
            return !tabs.getTabs().isEmpty() && tabs.getTabs().stream().allMatch(tab -> tab.getText() != null && !tab.getText().isBlank());
        }
        return control instanceof Labeled labeled && (control instanceof ButtonBase || control instanceof ToggleSwitch)
                && labeled.getText() != null && !labeled.getText().isBlank();
    }

    static List<String> unnamed(Parent root) {
        List<Node> controls = new ArrayList<>();
        Map<Node, Label> labelled = new IdentityHashMap<>();
        walk(root, controls, labelled);
        return controls.stream()
                .filter(control -> !control.isDisabled())
                .filter(control -> !named(control, labelled))
                .map(control -> control.getClass().getSimpleName() + (control.getId() == null ? "" : "#" + control.getId()))
                .toList();
    }

    @Test
    void everyEnabledControlHasAName() throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            List<Node> controls = new ArrayList<>();
            walk(scene.getRoot(), controls, new IdentityHashMap<>());
            assertThat(controls).hasSizeGreaterThan(40);
            return unnamed(scene.getRoot());
        }).get();

        assertThat(found).isEmpty();
    }

    @Test
    void theRuleFindsAControlWithoutAName() throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.TextField nameless = new javafx.scene.control.TextField();
            nameless.setId("nameless");
            javafx.scene.control.TextField named = new javafx.scene.control.TextField();
            Label label = new Label("Key");
            label.setLabelFor(named);
            javafx.scene.control.Button icon = new javafx.scene.control.Button();
            icon.setId("icon-only");
            javafx.scene.control.Button words = new javafx.scene.control.Button("Play");
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(nameless, label, named, icon, words, new Canvas(10, 10));
            return unnamed(box);
        }).get();

        assertThat(found).containsExactly("TextField#nameless", "Button#icon-only", "Canvas");
    }
}
