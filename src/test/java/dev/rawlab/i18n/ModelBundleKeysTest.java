package dev.rawlab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.SourceLiterals.Literal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The model's sentences and their bundle agree, across all production code: every key given to
 * {@code Text.of} is in {@code dev/rawlab/i18n/messages.properties}, and every key there is named in
 * the code (whole, as a prefix such as {@code "scenario.distribution."} completed by a name, or
 * completed by a suffix such as {@code ".none"}).
 */
class ModelBundleKeysTest {

    private static final ResourceBundle MODEL = ResourceBundle.getBundle(Text.BUNDLE, Locale.ROOT);
    private static final List<Literal> LITERALS = SourceLiterals.in(Path.of("src/main/java"));

    @Test
    void everyKeyGivenToTextOfIsInTheBundle() {
        List<Literal> keys = LITERALS.stream().filter(l -> l.before().matches(".*Text\\.of\\(\\s*$")).toList();

        assertThat(keys).hasSizeGreaterThan(50);
        assertThat(keys).allSatisfy(literal -> assertThat(literal.value().endsWith(".")
                ? MODEL.keySet().stream().anyMatch(k -> k.startsWith(literal.value()))
                : MODEL.containsKey(literal.value())).as(literal.toString()).isTrue());
    }

    @Test
    void everyKeyOfTheBundleIsNamedInTheCode() {
        Set<String> literals = LITERALS.stream().map(Literal::value).collect(Collectors.toSet());
        List<String> unused = MODEL.keySet().stream()
                .filter(key -> !literals.contains(key))
                .filter(key -> literals.stream().noneMatch(prefix -> prefix.endsWith(".") && prefix.length() > 2 && key.startsWith(prefix)))
                // key + ".none": a key named whole plus a suffix literal
                .filter(key -> literals.stream().noneMatch(suffix -> suffix.startsWith(".") && key.endsWith(suffix)
                        && literals.contains(key.substring(0, key.length() - suffix.length()))))
                .sorted()
                .toList();

        assertThat(unused).isEmpty();
    }
}
