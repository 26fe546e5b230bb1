package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file, giving each the line and column of the value it is about
 * (or of the nearest enclosing value, when the field itself is absent).
 */
final class ProblemList {

    private final String file;
    private final JsonLocations locations;
    private final List<ScenarioProblem> problems = new ArrayList<>();

    ProblemList(String file, JsonLocations locations) {
        this.file = file;
        this.locations = locations;
    }

    /** Records a problem with the value at {@code path}. */
    void add(String path, Text sentence) {
        JsonLocations.Position at = locations.find(path);
        problems.add(new ScenarioProblem(file, at.line(), at.column(), path, sentence));
    }

    /** Records a problem with a line and column known from elsewhere (the JSON parser). */
    void addAt(String path, int line, int column, Text sentence) {
        problems.add(new ScenarioProblem(file, Math.max(1, line), Math.max(1, column), path, sentence));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    int size() {
        return problems.size();
    }

    /** Every problem, in the order they appear in the file (ties in the order they were found). */
    List<ScenarioProblem> all() {
        List<ScenarioProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ScenarioProblem::line).thenComparingInt(ScenarioProblem::column));
        return List.copyOf(sorted);
    }
}
