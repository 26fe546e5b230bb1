package dev.rawlab.ui;

import java.util.concurrent.Callable;
import org.testfx.util.WaitForAsyncUtils;

/** Asks something on the JavaFX thread and waits for the answer, for tests that read the live window. */
final class Fx {

    private Fx() {
    }

    static <T> T ask(Callable<T> question) {
        try {
            return WaitForAsyncUtils.asyncFx(question).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
