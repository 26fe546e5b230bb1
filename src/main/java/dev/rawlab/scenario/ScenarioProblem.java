package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import java.util.Locale;

/**
 * One thing wrong with a scenario file, with where it is: the file, the line and column (both from
 * 1) where the offending value starts, the field's path in the file ({@code actions[3].node};
 * {@code $} for the file as a whole) and a sentence from the resource bundle.
 */
public record ScenarioProblem(String file, int line, int column, String field, Text sentence) {

    /** The path printed for the document as a whole. */
    public static final String WHOLE_FILE = "$";

    public ScenarioProblem {
        field = field == null || field.isEmpty() ? WHOLE_FILE : field;
    }

    /** {@code FILE:LINE:COLUMN: FIELD: sentence}, the form editors and compilers use. */
    public String printable(Locale locale) {
        return location() + " " + sentence.format(locale);
    }

    /** {@link #printable(Locale)} in the default locale. */
    public String printable() {
        return printable(Locale.getDefault());
    }

    /** {@code FILE:LINE:COLUMN: FIELD:}, the part before the sentence. */
    public String location() {
        return file + ":" + line + ":" + column + ": " + field + ":";
    }

    @Override
    public String toString() {
        return location() + " " + sentence;
    }
}
