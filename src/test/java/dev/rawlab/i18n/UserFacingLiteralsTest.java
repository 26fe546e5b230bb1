package dev.rawlab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.SourceLiterals.Literal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No window code holds a word a person reads: every string literal in {@code dev.rawlab.ui} and
 * {@code App} is an id, a style class, a bundle key, a format pattern without words, a colour or a
 * resource path. Anything else is a sentence that belongs in {@code dev/rawlab/ui/messages.properties}.
 */
public class UserFacingLiteralsTest {

    public static final Path[] UI_SOURCES = {Path.of("src/main/java/dev/rawlab/ui"), Path.of("src/main/java/dev/rawlab/App.java")};

    /** Calls whose string argument is shown (or read out) to a person: any letter there is a finding. */
    private static final Pattern SHOWN = Pattern.compile(
            "(setText|setTitle|setPromptText|setAccessibleText|setAccessibleHelp|setHeaderText|setContentText|fillText|strokeText|appendText"
                    + "|new (Label|Button|ToggleButton|CheckBox|RadioButton|Tooltip|Text|Tab|MenuItem|Menu|TableColumn|TitledPane|Hyperlink))"
                    + "\\(\\s*$");

    /**
     * Ids, style classes, keys, property names, file names and extensions, option names: one word or
     * words joined by - _ . : / (a leading or trailing one too); and CONSTANT_NAMES such as environment variables.
     */
    private static final Pattern IDENTIFIER = Pattern.compile("(--?|\\.)?[a-z][A-Za-z0-9]*([-_.:/][A-Za-z0-9]+)*[-_.:]?|[A-Z][A-Z0-9]*(_[A-Z0-9]+)+");

    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{3,8}");

    /** Escapes, printf conversions and MessageFormat arguments carry no words. */
    private static final Pattern NO_WORDS = Pattern.compile("\\\\u[0-9a-fA-F]{4}|\\\\+.|%[-#+ 0,(]*\\d*(\\.\\d+)?[a-zA-Z%]|\\{\\d+[^}]*}");

    /**
     * The few literals that pass although they look like words, each with its reason
     * (file name and literal).
     */
    private static final Map<String, String> ALLOWED = Map.of(
            "FramesCommand.java:cat", "the body of the benchmark's PUTs (data of the scene, never shown as words)",
            "v", "version notation (v3) next to a status code, a symbol like 200 or 404, as in the command line's timeline",
            " v", "version notation (200 v3), a symbol like 200 or 404, as in the command line's timeline",
            "*.json", "a file-name pattern for the file chooser's filter, not words",
            "*.png", "a file-name pattern for the file chooser's filter, not words",
            "*.gif", "a file-name pattern for the file chooser's filter, not words",
            "*.csv", "a file-name pattern for the file chooser's filter, not words",
            "PresenterMode.java:-fx-font-size: ", "CSS: presenter mode sets the window's font size",
            "PresenterMode.java:px;", "CSS: the unit of that font size");

    static boolean hasWords(String value) {
        return NO_WORDS.matcher(value).replaceAll("").chars().anyMatch(Character::isLetter);
    }

    /** Why {@code literal} is a word a person reads, or null when it is not. */
    static String finding(Literal literal) {
        String value = literal.value();
        if (!hasWords(value) || ALLOWED.containsKey(literal.file().getFileName() + ":" + value) || ALLOWED.containsKey(value)) {
            return null;
        }
        if (SHOWN.matcher(literal.before()).find()) {
            return "shown directly";
        }
        if (literal.before().matches(".*(Exception|Error)\\(\\s*$")) {
            return null; // a message for the programmer, in a stack trace
        }
        if (COLOUR.matcher(value).matches() || value.startsWith("/")) {
            return null;
        }
        if (IDENTIFIER.matcher(value).matches()) {
            boolean joined = literal.before().endsWith("+ ") || literal.before().endsWith("+") || literal.after().startsWith("+");
            // a key or id prefix ("topology.", "verdict-") or a suffix (".png", "-share") is joined to a name, not a word
            boolean part = value.matches(".*[-_.:]") || value.matches("[-_.].*");
            return joined && !part ? "a word joined into a text" : null;
        }
        return "reads like words";
    }

    static List<String> findings(List<Literal> literals) {
        return literals.stream()
                .filter(literal -> finding(literal) != null)
                .map(literal -> literal + " (" + finding(literal) + ")")
                .toList();
    }

    @Test
    void windowCodeHoldsNoWords() {
        List<Literal> literals = SourceLiterals.in(UI_SOURCES);

        assertThat(literals).hasSizeGreaterThan(300);
        assertThat(findings(literals)).isEmpty();
    }

    @Test
    void theRuleFindsWordsWhereverTheyHide() {
        String source = """
                class X {
                    // label.setText("in a comment");
                    void a() {
                        label.setText("Play");
                        label.setText("play");
                        node.setId("play-button");
                        node.getStyleClass().add("verdict-" + v);
                        text = texts.getString("playback.play");
                        shown = op.status() + " w" + op.version();
                        version = "w" + op.version();
                        key = "topology." + name;
                        regex = "-?\\\\d{0,18}";
                        env = System.getenv("RAW_LAB_LESSONS");
                        pattern = String.format("%.1f", x);
                        colour = Color.web("#F6F8FA");
                        css = "/assets/styles/app.css";
                        error = new IllegalArgumentException("a route needs two points");
                        tooltip = new Tooltip(
                                "Step");
                        sentence = "Nothing happened yet";
                    }
                }
                """;
        List<String> found = findings(SourceLiterals.of(Path.of("X.java"), source));

        assertThat(found).containsExactly(
                "X.java:4 \"Play\" (shown directly)",
                "X.java:5 \"play\" (shown directly)",
                "X.java:9 \" w\" (reads like words)",
                "X.java:10 \"w\" (a word joined into a text)",
                "X.java:19 \"Step\" (shown directly)",
                "X.java:20 \"Nothing happened yet\" (reads like words)");
    }
}
