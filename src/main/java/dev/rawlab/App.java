package dev.rawlab;

import dev.rawlab.lesson.ProgressStore;
import dev.rawlab.ui.FileMenu;
import dev.rawlab.ui.LabViewModel;
import dev.rawlab.ui.MainWindow;
import dev.rawlab.ui.PlaybackClock;
import dev.rawlab.ui.Theme;
import dev.rawlab.ui.WindowMemory;
import dev.rawlab.ui.StartupProbe;
import dev.rawlab.ui.lesson.LessonPanel;
import dev.rawlab.ui.lesson.LessonViewModel;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The JavaFX application: the one place that wires the layers together. It makes the view-model
 * for the default scene, the main window around it, and the clock that plays it; every word the
 * window shows comes from the {@value #BUNDLE} resource bundle.
 */
public class App extends Application {

    /** The bundle holding every text of the window. */
    public static final String BUNDLE = "dev.rawlab.ui.messages";

    /** The stylesheet on the classpath, copied there from {@code assets/styles/app.css}; the window's theme adds it. */
    public static final String STYLESHEET = Theme.STYLESHEET;

    /** The window's size when the screen has room: lesson, picture and controls side by side. */
    static final double WIDTH = 1600;
    static final double HEIGHT = 960;

    private static int indexOf(LessonViewModel lessons, String id) {
        for (int i = 0; i < lessons.lessons().size(); i++) {
            if (lessons.lessons().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE);

        WindowMemory memory = WindowMemory.forThisUser();
        // Before the first control: JavaFX then never loads its own default stylesheet.
        memory.theme().makeDefault();
        LabViewModel model = new LabViewModel(MainWindow.defaultConfig());
        MainWindow window = new MainWindow(model, Preload.presets(), messages);
        LessonViewModel lessons = new LessonViewModel(model, Preload.lessons(), ProgressStore.forThisUser());
        if (!lessons.lessons().isEmpty()) {
            lessons.open(Math.max(0, indexOf(lessons, memory.lesson())));
        }
        model.speedProperty().set(memory.speed());
        window.themeProperty().set(memory.theme());
        window.presenterScaleProperty().set(memory.presenterScale());
        window.showLessons(new LessonPanel(lessons, messages));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), Math.min(WIDTH, screen.getWidth() * 0.95), Math.min(HEIGHT, screen.getHeight() * 0.95));

        window.addMenu(new FileMenu(model, window.canvas(), window.diagram(), stage, messages).menu());
        stage.setTitle(messages.getString("app.title"));
        stage.setScene(scene);
        memory.restoreWindow(stage);
        stage.setOnHiding(event -> memory.remember(stage, model.speedProperty().get(), window.presenterScaleProperty().get(),
                lessons.lessonProperty().get() == null ? "" : lessons.lessonProperty().get().id(), window.themeProperty().get()));
        StartupProbe.watch(scene);
        stage.show();
        new PlaybackClock(model, window.probe(), stage).start();
    }
}
