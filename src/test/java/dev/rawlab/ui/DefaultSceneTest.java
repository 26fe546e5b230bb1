package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.experiment.DefaultScene;
import org.junit.jupiter.api.Test;

/** The headless commands measure the very scene the window opens with. */
class DefaultSceneTest {

    @Test
    void theExperimentsDefaultSceneIsTheWindowsDefaultScene() {
        assertThat(DefaultScene.config()).isEqualTo(MainWindow.defaultConfig());
    }
}
