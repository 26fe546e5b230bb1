package dev.rawlab.scenario;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.i18n.Text;
import dev.rawlab.store.OperationRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares a played scenario with its expectations: finds the operation each expected action
 * started, and the checker's verdict on it, and says for each expectation whether it held.
 */
public final class ExpectationCheck {

    private ExpectationCheck() {
    }

    /** One result per expectation, in the file's order. */
    public static List<ExpectationResult> check(ScenarioRun run, CheckReport report) {
        List<ExpectationResult> results = new ArrayList<>();
        for (Expectation expectation : run.scenario().expectations()) {
            results.add(check(expectation, run, report));
        }
        return results;
    }

    /** Whether every expectation of the run held. */
    public static boolean allHeld(List<ExpectationResult> results) {
        return results.stream().allMatch(ExpectationResult::held);
    }

    private static ExpectationResult check(Expectation expected, ScenarioRun run, CheckReport report) {
        Optional<OperationRecord> found = run.operation(expected.actionIndex());
        if (found.isEmpty()) {
            Text never = Text.of("scenario.expect.neverFinished", String.valueOf(expected.actionIndex()));
            return new ExpectationResult(expected, never, List.of(never));
        }
        OperationRecord op = found.get();
        CheckedOperation checked = report.operations().stream()
                .filter(candidate -> candidate.operation().id() == op.id()).findFirst().orElseThrow();
        List<Text> differences = new ArrayList<>();
        compare("status", expected.status(), op.status(), differences);
        compare("version", expected.version(), op.version(), differences);
        compare("verdict", expected.verdict() == null ? null : expected.verdict().fileName(), checked.verdict().fileName(), differences);
        compare("node", expected.node(), op.node(), differences);
        compare("attempts", expected.attempts(), op.attempts(), differences);
        compare("rywViolation", expected.rywViolation(), checked.readYourWritesViolation(), differences);
        compare("monotonicViolation", expected.monotonicViolation(), checked.monotonicReadsViolation(), differences);
        Text seen = Text.of("scenario.expect.seen", op.op().name(), op.key(), String.valueOf(op.status()),
                String.valueOf(op.version()), op.node(), op.attempts(), checked.verdict().fileName());
        return new ExpectationResult(expected, seen, differences);
    }

    private static void compare(String field, Object wanted, Object actual, List<Text> differences) {
        if (wanted != null && !Objects.equals(String.valueOf(wanted), String.valueOf(actual))) {
            differences.add(Text.of("scenario.expect.differs", field, String.valueOf(wanted), String.valueOf(actual)));
        }
    }
}
