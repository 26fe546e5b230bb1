package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where each system keeps the learner's data. */
class DataFolderTest {

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        assertThat(DataFolder.resolve("Linux", Map.of("XDG_DATA_HOME", "/data/me"), "/home/me"))
                .isEqualTo(Path.of("/data/me", "raw-lab"));
    }

    @Test
    void linuxFallsBackToLocalShare() {
        assertThat(DataFolder.resolve("Linux", Map.of(), "/home/me"))
                .isEqualTo(Path.of("/home/me", ".local", "share", "raw-lab"));
    }

    @Test
    void windowsUsesAppData() {
        assertThat(DataFolder.resolve("Windows 11", Map.of("APPDATA", "C:/Users/me/AppData/Roaming"), "C:/Users/me"))
                .isEqualTo(Path.of("C:/Users/me/AppData/Roaming", "raw-lab"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(DataFolder.resolve("Mac OS X", Map.of(), "/Users/me"))
                .isEqualTo(Path.of("/Users/me", "Library", "Application Support", "raw-lab"));
    }

    @Test
    void theOverrideWinsEverywhere() {
        assertThat(DataFolder.resolve("Linux", Map.of(DataFolder.OVERRIDE, "/tmp/class", "XDG_DATA_HOME", "/x"), "/home/me"))
                .isEqualTo(Path.of("/tmp/class"));
    }
}
