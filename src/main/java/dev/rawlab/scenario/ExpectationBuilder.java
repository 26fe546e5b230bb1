package dev.rawlab.scenario;

import dev.rawlab.check.Verdict;
import dev.rawlab.i18n.Text;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.StoreConfig;
import java.util.List;

/**
 * Turns one entry of a scenario file's {@code expect} list into an {@link Expectation}: the action
 * index must name a put, get, list or delete of the file, and each value must be one that can occur.
 */
final class ExpectationBuilder {

    private final List<ScenarioFile.ActionEntry> actions;
    private final NodeNames nodes;
    private final ProblemList problems;

    ExpectationBuilder(List<ScenarioFile.ActionEntry> actions, NodeNames nodes, ProblemList problems) {
        this.actions = actions;
        this.nodes = nodes;
        this.problems = problems;
    }

    /** The expectation at {@code expect[index]}, or null after recording what is wrong with it. */
    Expectation build(ScenarioFile.ExpectEntry entry, int index) {
        String path = "expect[" + index + "]";
        int before = problems.size();
        if (entry.action() == null) {
            problems.add(path, Text.of("scenario.expect.noAction"));
        } else if (entry.action() < 0 || entry.action() >= actions.size()) {
            problems.add(path + ".action", Text.of("scenario.expect.outOfRange", String.valueOf(entry.action()),
                    String.valueOf(actions.size() - 1)));
        } else if (!ActionBuilder.OPERATIONS.contains(actions.get(entry.action()).kind())) {
            problems.add(path + ".action", Text.of("scenario.expect.notOperation", String.valueOf(entry.action()),
                    String.valueOf(actions.get(entry.action()).kind())));
        }
        if (entry.status() != null && !OperationRecord.STATUSES.contains(entry.status())) {
            problems.add(path + ".status", Text.of("scenario.expect.status", String.valueOf(entry.status())));
        }
        if (entry.version() != null && entry.version() < 0) {
            problems.add(path + ".version", Text.of("scenario.negative", String.valueOf(entry.version())));
        }
        if (entry.attempts() != null && entry.attempts() < 1) {
            problems.add(path + ".attempts", Text.of("scenario.expect.attempts", String.valueOf(entry.attempts())));
        }
        if (entry.node() != null && !nodes.contains(entry.node()) && !StoreConfig.CACHE.equals(entry.node())
                && !StoreConfig.LOAD_BALANCER.equals(entry.node())) {
            problems.add(path + ".node", Text.of("scenario.expect.node", entry.node(), nodes.text()));
        }
        Verdict verdict = FieldReader.choice(entry.verdict(), null, Verdict.values(), Verdict::fileName,
                path + ".verdict", problems);
        if (problems.size() > before) {
            return null;
        }
        return new Expectation(entry.action(), entry.status(), entry.version(), verdict, entry.node(), entry.attempts(),
                entry.rywViolation(), entry.monotonicViolation());
    }
}
