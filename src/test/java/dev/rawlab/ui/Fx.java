package dev.rawlab.ui;

import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the window for a test, and asks things on the JavaFX thread, for tests that read the live window. */
final class Fx {

    private Fx() {
    }

    /** Opens the real main window on {@code stage} (1400 x 900) for {@code model}, as the program would. */
    static MainWindow openWindow(javafx.stage.Stage stage, LabViewModel model) {
        return openWindow(stage, model, 1400, 900);
    }

    /** Opens the real main window on {@code stage} at {@code width} x {@code height} px for {@code model}. */
    static MainWindow openWindow(javafx.stage.Stage stage, LabViewModel model, double width, double height) {
        // The theme is the program's (one user-agent stylesheet): every test's window starts light.
        Theme.LIGHT.makeDefault();
        MainWindow window = new MainWindow(model, java.util.ResourceBundle.getBundle(dev.rawlab.App.BUNDLE));
        stage.setScene(new javafx.scene.Scene(window.root(), width, height));
        stage.show();
        return window;
    }

    static <T> T ask(Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
