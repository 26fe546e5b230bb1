package dev.rawlab.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import dev.rawlab.sim.DistributionFormatException;
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

/**
 * Every sentence key the scenario reader and the command line name in their source exists in the
 * bundle, so no problem report or timeline can fail for want of its words.
 */
class MessageKeysTest {

    private static final Pattern KEY = Pattern.compile("Text\\.of\\(\"((?:scenario|cli)\\.[A-Za-z.]+[A-Za-z])\"");

    private static List<String> keysNamedIn(Path folder) throws IOException {
        List<String> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyNamedInTheSourceIsInTheBundle() throws IOException {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE);
        List<String> keys = new ArrayList<>(keysNamedIn(Path.of("src/main/java/dev/rawlab/scenario")));
        keys.addAll(keysNamedIn(Path.of("src/main/java/dev/rawlab/cli")));

        assertThat(keys).hasSizeGreaterThan(40);
        assertThat(keys).allSatisfy(key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
    }

    @Test
    void everyReasonADelayCanBeUnreadableHasItsWords() {
        ResourceBundle bundle = ResourceBundle.getBundle(Text.BUNDLE);

        for (DistributionFormatException.Reason reason : DistributionFormatException.Reason.values()) {
            assertThat(bundle.containsKey("scenario.distribution." + reason.name())).as(reason.name()).isTrue();
        }
    }
}
