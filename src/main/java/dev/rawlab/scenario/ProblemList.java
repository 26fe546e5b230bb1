package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, giving each the line and column of the value it is about
 * (or of the nearest enclosing value, when the field itself is absent). A view made by
 * {@link #under(String)} writes into the same list with its paths inside a part of the file (a
 * lesson step's inline scenario, for instance), so the builders of one file format can check a
 * piece of another.
 */
public final class ProblemList {

    private final String file;
    private final JsonLocations locations;
    private final List<ScenarioProblem> problems;
    private final String prefix;

    public ProblemList(String file, JsonLocations locations) {
        this(file, locations, new ArrayList<>(), "");
    }

    private ProblemList(String file, JsonLocations locations, List<ScenarioProblem> problems, String prefix) {
        this.file = file;
        this.locations = locations;
        this.problems = problems;
        this.prefix = prefix;
    }

    /** A view of this list whose paths are read inside {@code path} ({@code steps[2].setup.scenario}). */
    public ProblemList under(String path) {
        return new ProblemList(file, locations, problems, join(prefix, path));
    }

    /** {@code steps[2]} and {@code actions[0]} to {@code steps[2].actions[0]}; {@code a} and {@code [1]} to {@code a[1]}. */
    public static String join(String parent, String path) {
        if (parent.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return parent;
        }
        return path.startsWith("[") ? parent + path : parent + "." + path;
    }

    /** The file the problems are about, as they name it. */
    public String file() {
        return file;
    }

    /** Records a problem with the value at {@code path}. */
    public void add(String path, Text sentence) {
        String full = join(prefix, path);
        JsonLocations.Position at = locations.find(full);
        problems.add(new ScenarioProblem(file, at.line(), at.column(), full, sentence));
    }

    /** Records a problem with a line and column known from elsewhere (the JSON parser). */
    public void addAt(String path, int line, int column, Text sentence) {
        problems.add(new ScenarioProblem(file, Math.max(1, line), Math.max(1, column), join(prefix, path), sentence));
    }

    /** Whether no problem was recorded (in the whole file, not only under this view's path). */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** How many problems were recorded in the whole file. */
    public int size() {
        return problems.size();
    }

    /** Every problem, in the order they appear in the file (ties in the order they were found). */
    public List<ScenarioProblem> all() {
        List<ScenarioProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
        return List.copyOf(sorted);
    }
}
