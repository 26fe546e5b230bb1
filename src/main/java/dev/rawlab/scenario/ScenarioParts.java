package dev.rawlab.scenario;

import dev.rawlab.check.Verdict;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.List;
import java.util.Set;

/**
 * The scenario reader's builders for other file formats that hold pieces of scenarios (a lesson's
 * inline scenario, scripted actions and expectations), so that each piece is checked, and each
 * problem worded and placed, exactly as in a scenario file. Paths are relative to the
 * {@link ProblemList} view handed in.
 */
public final class ScenarioParts {

    private ScenarioParts() {
    }

    /**
     * The store an inline scenario describes (its actions and expectations are not looked at), or
     * null when its topology or node count is unusable; other problems are recorded and replaced by defaults.
     */
    public static StoreConfig config(ScenarioFile file, ProblemList problems) {
        return ConfigBuilder.build(file, problems);
    }

    /** The whole inline scenario, played once to catch refused actions; null if the file has any problem. */
    public static Scenario scenario(ScenarioFile file, String defaultName, ProblemList problems) {
        return ScenarioBuilder.build(file, defaultName, problems);
    }

    /**
     * One scripted action for a store of {@code config}, written at {@code path}; null after
     * recording what is wrong with it.
     *
     * @param users the user names the action may name
     */
    public static TimedAction action(StoreConfig config, Set<String> users, ScenarioFile.ActionEntry entry, String path,
                                     ProblemList problems) {
        return new ActionBuilder(config, users, problems).build(entry, path);
    }

    /** The expectation {@code expect[index]} about {@code actions}, or null after recording what is wrong with it. */
    public static Expectation expectation(List<ScenarioFile.ActionEntry> actions, StoreConfig config,
                                          ScenarioFile.ExpectEntry entry, int index, ProblemList problems) {
        return new ExpectationBuilder(actions, NodeNames.of(config.topology(), config.nodes()), problems).build(entry, index);
    }

    /** The verdict named {@code text} ({@code fresh}, {@code stale-404}, ...), null if absent or after recording a problem. */
    public static Verdict verdict(String text, String path, ProblemList problems) {
        return FieldReader.choice(text, null, Verdict.values(), Verdict::fileName, path, problems);
    }

    /** The ids of the nodes a store of {@code config} has: primary (if any), then A, B, ... */
    public static List<String> nodeNames(StoreConfig config) {
        return NodeNames.of(config.topology(), config.nodes()).all();
    }

    /** Whether {@code kind} (the {@code do} of an action) starts an operation: put, get, list or delete. */
    public static boolean startsOperation(String kind) {
        return ActionBuilder.OPERATIONS.contains(kind);
    }
}
