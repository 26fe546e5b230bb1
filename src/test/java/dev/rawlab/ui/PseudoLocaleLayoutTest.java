package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.i18n.PseudoLocale;
import dev.rawlab.lesson.LessonLoader;
import dev.rawlab.lesson.ProgressStore;
import dev.rawlab.ui.lesson.LessonPanel;
import dev.rawlab.ui.lesson.LessonViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window in the pseudo-locale en-XA (every text about twice as long), at the size it opens on a
 * 1600x1000 screen: no label or button in the main panels cuts its text short with an ellipsis (a
 * combo box may, in its closed state), and the side panels need no sideways scrolling.
 */
@ExtendWith(ApplicationExtension.class)
class PseudoLocaleLayoutTest {

    /**
     * The panels a person reads: side panel, lesson panel, playback bar, caption, statistics, and the
     * diagram's span and zoom buttons (its hint may give way; they may not).
     */
    private static final List<String> PANELS = List.of("#side-panel", "#lesson-side", ".playback-bar", "#caption", "#stats-scroll",
            "#diagram-span", "#diagram-zoom-in", "#diagram-zoom-out");

    @TempDir
    static Path data;

    private final Locale before = Locale.getDefault();
    private Scene scene;

    @Start
    void start(Stage stage) {
        Locale.setDefault(PseudoLocale.LOCALE);
        Theme.LIGHT.makeDefault();
        ResourceBundle texts = ResourceBundle.getBundle(App.BUNDLE, PseudoLocale.LOCALE);
        LabViewModel model = new LabViewModel(MainWindow.defaultConfig());
        MainWindow window = new MainWindow(model, texts);
        LessonViewModel lessons = new LessonViewModel(model, LessonLoader.loadFolder(Path.of("lessons")), new ProgressStore(data.resolve("raw-lab")));
        lessons.open(0);
        window.showLessons(new LessonPanel(lessons, texts));
        scene = new Scene(window.root(), 1520, 950);
        scene.getStylesheets().add(App.class.getResource(App.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void noTextInTheMainPanelsIsCutShort() throws Exception {
        List<String> cut = WaitForAsyncUtils.asyncFx(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            List<String> found = new ArrayList<>();
            for (String panel : PANELS) {
                Node root = scene.getRoot().lookup(panel);
                assertThat(root).as(panel).isNotNull();
                collectCut(root, panel, found);
            }
            return found;
        }).get();

        assertThat(cut).isEmpty();
    }

    @Test
    void theSidePanelsNeedNoSidewaysScrolling() throws Exception {
        List<String> wide = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>();
            for (String id : List.of("#side-panel", "#lesson-side", "#stats-scroll")) {
                ScrollPane scroll = (ScrollPane) scene.getRoot().lookup(id);
                double content = scroll.getContent().getLayoutBounds().getWidth();
                double viewport = scroll.getViewportBounds().getWidth();
                if (content > viewport + 0.5) {
                    found.add(id + ": content " + Math.round(content) + " px in a viewport of " + Math.round(viewport) + " px");
                }
            }
            return found;
        }).get();

        assertThat(wide).isEmpty();
    }

    /** Every visible labeled control under {@code node} whose shown text is not its whole text. */
    private static void collectCut(Node node, String panel, List<String> found) {
        // A combo box shows its choice in the width it has, with an ellipsis if need be; its open list shows each choice whole.
        if (!node.isVisible() || node instanceof ComboBoxBase) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = shownText(labeled);
            if (shown != null && !shown.equals(labeled.getText())) {
                found.add(panel + " " + labeled.getClass().getSimpleName() + (labeled.getId() == null ? "" : "#" + labeled.getId())
                        + ": \"" + shown + "\" of \"" + labeled.getText() + "\"");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, panel, found);
            }
        }
    }

    /** The text the skin of {@code labeled} draws (its first {@link Text} child), or null before it has one. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The graphic may be a Text too (an icon font glyph): it is not the words.
            if (child instanceof Text text && child != labeled.getGraphic()) {
                return text.getText();
            }
        }
        return null;
    }
}
