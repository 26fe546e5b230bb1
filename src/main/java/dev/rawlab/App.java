package dev.rawlab;

import dev.rawlab.ui.LabViewModel;
import dev.rawlab.ui.MainWindow;
import dev.rawlab.ui.PlaybackClock;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The JavaFX application: the one place that wires the layers together. It makes the view-model
 * for the default scene, the main window around it, and the clock that plays it; every word the
 * window shows comes from the {@value #BUNDLE} resource bundle.
 */
public class App extends Application {

    /** The bundle holding every text of the window. */
    public static final String BUNDLE = "dev.rawlab.ui.messages";

    /** The stylesheet on the classpath, copied there from {@code assets/styles/app.css}. */
    public static final String STYLESHEET = "/assets/styles/app.css";

    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    @Override
    public void start(Stage stage) {
        ResourceBundle messages = ResourceBundle.getBundle(BUNDLE);

        LabViewModel model = new LabViewModel(MainWindow.defaultConfig());
        MainWindow window = new MainWindow(model, messages);

        Scene scene = new Scene(window.root(), WIDTH, HEIGHT);
        URL css = App.class.getResource(STYLESHEET);
        if (css != null) {
            scene.getStylesheets().add(css.toExternalForm());
        }

        stage.setTitle(messages.getString("app.title"));
        stage.setScene(scene);
        stage.show();
        new PlaybackClock(model, window.probe(), stage).start();
    }
}
