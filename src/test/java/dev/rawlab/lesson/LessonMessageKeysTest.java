package dev.rawlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence key the lesson code names exists in the bundle, so no problem or message fails for want of words. */
class LessonMessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"((?:lesson|scenario|cli)\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void everyKeyNamedInTheLessonCodeIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE);
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/rawlab/lesson"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }

        assertThat(keys).hasSizeGreaterThan(30);
        assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }
}
