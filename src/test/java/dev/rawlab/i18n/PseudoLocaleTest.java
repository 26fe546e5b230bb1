package dev.rawlab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pseudo-locale en-XA: every text bracketed and about twice as long, its placeholders intact,
 * and the build has written a twin of every bundle with every key.
 */
class PseudoLocaleTest {

    @Test
    void wordsAreAccentedDoubledAndBracketed() {
        assertThat(PseudoLocale.pseudo("Play")).isEqualTo("[Plàý Plàý]");
        assertThat(PseudoLocale.pseudo("lag {0} ms")).isEqualTo("[làg làg {0} mš mš]");
    }

    @Test
    void placeholdersStayAsTheyAre() {
        String pattern = PseudoLocale.pseudo("{5} {5,choice,1#try|1<tries}, t = {0,number,0} ms%n${DEFAULT-VALUE} %.2f");

        assertThat(pattern).contains("{5,choice,1#try|1<tries}", "{0,number,0}", "%n", "${DEFAULT-VALUE}", "%.2f");
        assertThat(new MessageFormat(PseudoLocale.pseudo("{0} got {1}: {2}"), Locale.ROOT).format(new Object[] {"alice", "GET", "404"}))
                .isEqualTo("[alice ĝõt ĝõt GET: 404]".replace("ĝ", "g"));
    }

    @Test
    void theBuildWroteATwinOfEveryBundleWithEveryKey() {
        for (String name : PseudoLocale.BUNDLES) {
            String bundleName = name.replace('/', '.');
            ResourceBundle base = ResourceBundle.getBundle(bundleName, Locale.ROOT);
            ResourceBundle pseudo = ResourceBundle.getBundle(bundleName, PseudoLocale.LOCALE);

            assertThat(pseudo.getLocale()).as(name).isEqualTo(PseudoLocale.LOCALE);
            for (String key : base.keySet()) {
                assertThat(pseudo.getString(key)).as(key).isEqualTo(PseudoLocale.pseudo(base.getString(key)));
            }
        }
    }

    @Test
    void writesBundlesThatReadBackToThePseudoTexts(@TempDir Path folder) throws Exception {
        for (String name : PseudoLocale.BUNDLES) {
            Path from = Path.of("target/classes", name + ".properties");
            Path to = folder.resolve(name + ".properties");
            java.nio.file.Files.createDirectories(to.getParent());
            java.nio.file.Files.copy(from, to);
        }
        PseudoLocale.write(folder);

        java.util.Properties written = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(folder.resolve("dev/rawlab/ui/messages_en_XA.properties"))) {
            written.load(reader);
        }
        ResourceBundle base = ResourceBundle.getBundle("dev.rawlab.ui.messages", Locale.ROOT);
        assertThat(written).hasSize(base.keySet().size());
        assertThat(written.getProperty("app.title")).isEqualTo(PseudoLocale.pseudo(base.getString("app.title")));
    }
}
