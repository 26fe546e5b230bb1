package dev.rawlab.scenario;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.Checker;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Store;
import java.util.List;
import java.util.Optional;

/**
 * A scenario after it was played: the store (with its trace) and what became of each action, in
 * the file's order, so that an action can be traced to the operation it started.
 */
public record ScenarioRun(Scenario scenario, Store store, List<ActionResult> results) {

    public ScenarioRun {
        results = List.copyOf(results);
    }

    /** The id of the operation {@code actions[index]} started, or {@link ActionResult#NO_OPERATION}. */
    public long operationId(int actionIndex) {
        return results.get(actionIndex).operationId();
    }

    /** The finished operation {@code actions[index]} started; empty if it started none or never finished. */
    public Optional<OperationRecord> operation(int actionIndex) {
        long id = operationId(actionIndex);
        return store.trace().operations().stream().filter(op -> op.id() == id).findFirst();
    }

    /** The checker's judgement of the whole run. */
    public CheckReport check() {
        return Checker.check(store.trace());
    }
}
