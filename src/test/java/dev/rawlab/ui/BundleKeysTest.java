package dev.rawlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.App;
import dev.rawlab.check.Verdict;
import dev.rawlab.i18n.SourceLiterals;
import dev.rawlab.i18n.SourceLiterals.Literal;
import dev.rawlab.i18n.Text;
import dev.rawlab.i18n.UserFacingLiteralsTest;
import dev.rawlab.store.LbPolicy;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.TokenMode;
import dev.rawlab.store.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The window's code and its bundle agree: every key the code names is in the bundle, every key of
 * the bundle is named somewhere, and keys built from a prefix and an enum value exist for every value.
 */
class BundleKeysTest {

    /** What a key looks like: words joined by dots, maybe a trailing dot for a prefix ("topology."). */
    private static final Pattern KEY_SHAPE = Pattern.compile("[a-z][A-Za-z0-9]*((\\.[A-Za-z0-9-]+)+\\.?|\\.)");

    /** Dotted literals that are not keys: file names, bundle names, system properties. */
    private static final Pattern NOT_A_KEY = Pattern.compile(".*\\.(png|csv|json|css|properties)|dev\\.rawlab\\..*|raw-lab\\..*");

    private static final ResourceBundle UI = ResourceBundle.getBundle(App.BUNDLE, Locale.ROOT);
    private static final ResourceBundle MODEL = ResourceBundle.getBundle(Text.BUNDLE, Locale.ROOT);
    private static final ResourceBundle HELP = ResourceBundle.getBundle("dev.rawlab.cli.help", Locale.ROOT);

    private static final List<Literal> LITERALS = SourceLiterals.in(UserFacingLiteralsTest.UI_SOURCES);

    private static boolean modelKey(Literal literal) {
        return literal.before().matches(".*Text\\.of\\(\\s*$");
    }

    private static boolean helpKey(Literal literal) {
        return literal.before().matches(".*descriptionKey\\s*=\\s*$");
    }

    private static Stream<Literal> keyLiterals() {
        return LITERALS.stream().filter(l -> KEY_SHAPE.matcher(l.value()).matches() && !NOT_A_KEY.matcher(l.value()).matches());
    }

    @Test
    void everyKeyTheWindowNamesIsInItsBundle() {
        List<String> missing = new ArrayList<>();
        keyLiterals().forEach(literal -> {
            ResourceBundle bundle = modelKey(literal) ? MODEL : helpKey(literal) ? HELP : UI;
            String key = literal.value();
            boolean there = key.endsWith(".")
                    ? bundle.keySet().stream().anyMatch(k -> k.startsWith(key))
                    : bundle.containsKey(key);
            if (!there) {
                missing.add(literal.toString());
            }
        });

        assertThat(keyLiterals().count()).isGreaterThan(200);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyOfTheBundleIsNamedInTheWindowCode() {
        Set<String> named = keyLiterals().map(Literal::value).collect(Collectors.toSet());
        Set<String> words = LITERALS.stream().map(Literal::value).collect(Collectors.toSet());
        List<String> unused = UI.keySet().stream()
                .filter(key -> !named.contains(key))
                // a key built as prefix + name, where the name is a literal too: "stats." + "messages"
                .filter(key -> named.stream().noneMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix)
                        && (words.contains(key.substring(prefix.length())) || DYNAMIC_PREFIXES.contains(prefix))))
                .sorted()
                .toList();

        assertThat(unused).isEmpty();
    }

    /** Prefixes completed with an enum value's name; the tests below check every value has its key. */
    private static final Set<String> DYNAMIC_PREFIXES = Set.of("verdict.", "canvas.verdict.", "lb.", "lb.explain.", "log.filter.",
            "topology.", "experiments.status.", "token.", "sync.", "offline.", "shortcut.", "theme.");

    private static void everyValueHasItsKey(String prefix, Stream<String> names) {
        List<String> keys = names.map(name -> prefix + name).toList();
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(UI.containsKey(key)).as(key).isTrue());
    }

    private static String lowerDashed(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Test
    void everyEnumValueShownByNameHasItsKey() {
        everyValueHasItsKey("verdict.", Arrays.stream(Verdict.values()).map(Verdict::fileName));
        everyValueHasItsKey("canvas.verdict.", Arrays.stream(Verdict.values()).filter(v -> v != Verdict.STALE_OLD).map(Verdict::fileName));
        everyValueHasItsKey("lb.", Arrays.stream(LbPolicy.values()).map(LbPolicy::fileName));
        everyValueHasItsKey("lb.explain.", Arrays.stream(LbPolicy.values()).map(LbPolicy::fileName));
        everyValueHasItsKey("log.filter.", Arrays.stream(LogLine.Category.values()).filter(c -> c != LogLine.Category.OTHER).map(LogLine.Category::id));
        everyValueHasItsKey("topology.", Arrays.stream(Topology.values()).map(Topology::fileName));
        everyValueHasItsKey("shortcut.", Arrays.stream(dev.rawlab.ui.keys.Shortcut.values()).map(s -> s.textKey().substring("shortcut.".length())));
        everyValueHasItsKey("shortcut.", Arrays.stream(dev.rawlab.ui.keys.Shortcut.values()).map(s -> s.keysKey().substring("shortcut.".length())));
        everyValueHasItsKey("theme.", Arrays.stream(Theme.values()).map(t -> t.textKey().substring("theme.".length())));
        everyValueHasItsKey("experiments.status.", Arrays.stream(ExperimentsViewModel.Status.values()).map(s -> s.name().toLowerCase(Locale.ROOT)));
        everyValueHasItsKey("token.", Arrays.stream(TokenMode.values()).map(BundleKeysTest::lowerDashed));
        everyValueHasItsKey("sync.", Arrays.stream(SyncReplication.Mode.values()).map(BundleKeysTest::lowerDashed));
        everyValueHasItsKey("offline.", Arrays.stream(SyncReplication.OnOffline.values()).map(BundleKeysTest::lowerDashed));
        everyValueHasItsKey("canvas.verdict.", Stream.of("staleOld"));
    }
}
