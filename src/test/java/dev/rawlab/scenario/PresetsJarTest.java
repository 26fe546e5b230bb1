package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing the presets works from inside a packaged jar, not only from a folder of classes. */
class PresetsJarTest {

    private static void add(JarOutputStream jar, String name, String text) throws IOException {
        jar.putNextEntry(new JarEntry(name));
        jar.write(text.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
    }

    @Test
    void presetsAreListedFromAJar(@TempDir Path folder) throws IOException {
        Path jarFile = folder.resolve("presets.jar");
        try (OutputStream out = Files.newOutputStream(jarFile); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("lessons/"));
            jar.putNextEntry(new JarEntry("lessons/scenarios/"));
            add(jar, "lessons/scenarios/zeta.json", "{\"topology\": \"single-node\", \"title\": \"Zeta\"}");
            add(jar, "lessons/scenarios/alpha.json", "{\"topology\": \"partitioned\", \"title\": \"Alpha\"}");
            add(jar, "lessons/scenarios/broken.json", "{\"topology\": \"ring\"}");
            add(jar, "lessons/scenarios/readme.txt", "not a scenario");
        }

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarFile.toUri().toURL()}, null)) {
            ScenarioCatalog catalog = Presets.load(loader);

            assertThat(catalog.scenarios()).extracting(Scenario::name).containsExactly("alpha", "zeta");
            assertThat(catalog.problems()).extracting(ScenarioProblem::location)
                    .containsExactly("lessons/scenarios/broken.json:1:14: topology:");
        }
    }

    @Test
    void aClassLoaderWithoutPresetsGivesAnEmptyCatalog(@TempDir Path folder) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null)) {
            assertThat(Presets.load(loader).files()).isEmpty();
        }
    }
}
