package dev.rawlab.cli;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Explainer;
import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioRun;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The readable timeline of a run: the scenario's title and summary, then one row per operation in
 * the order they began (start and end in ms, user, operation, key, status, version, answering node,
 * tries, verdict), with the checker's explanation under each anomaly, and the operations that never
 * finished. A LIST shows its prefix in quotes and no version.
 */
final class Timeline {

    private static final String[] COLUMNS = {"start", "end", "user", "op", "key", "status", "version", "node", "tries", "verdict"};
    /** Columns whose values are numbers, aligned to the right. */
    private static final boolean[] RIGHT = {true, true, false, false, false, true, true, false, true, false};
    private static final String GAP = "  ";
    private static final String EXPLANATION_INDENT = "      ";
    /** A LIST has no single version: its keys each have their own. */
    private static final String NO_VERSION = "-";

    private Timeline() {
    }

    static String text(ScenarioRun run, CheckReport report) {
        Scenario scenario = run.scenario();
        StringBuilder text = new StringBuilder();
        text.append(Text.of("cli.run.heading", scenario.name(), scenario.title()).format()).append('\n');
        if (!scenario.summary().isBlank()) {
            text.append(scenario.summary()).append('\n');
        }
        text.append('\n');
        List<CheckedOperation> operations = new ArrayList<>(report.operations());
        operations.sort(Comparator.comparingLong(checked -> checked.operation().id()));
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = Text.of("cli.run.column." + COLUMNS[i]).format();
        }
        rows.add(header);
        operations.forEach(checked -> rows.add(row(checked.operation(), checked)));
        int[] widths = widths(rows);
        text.append(line(header, widths)).append('\n');
        for (int i = 0; i < operations.size(); i++) {
            text.append(line(rows.get(i + 1), widths)).append('\n');
            Optional<Text> why = Explainer.explain(operations.get(i), run.store().trace());
            why.ifPresent(sentence -> text.append(EXPLANATION_INDENT).append(sentence.format()).append('\n'));
        }
        unfinished(run, text);
        return text.toString();
    }

    private static String[] row(OperationRecord op, CheckedOperation checked) {
        return new String[] {
            Millis.ofMicros(op.invokeMicros()).toPlainString(),
            Millis.ofMicros(op.completeMicros()).toPlainString(),
            op.user(), op.op().name(), op.op() == OpKind.LIST ? "\"" + op.key() + "\"" : op.key(),
            String.valueOf(op.status()), op.op() == OpKind.LIST ? NO_VERSION : "v" + op.version(), op.node(),
            String.valueOf(op.attempts()), checked.verdict().fileName()};
    }

    private static int[] widths(List<String[]> rows) {
        int[] widths = new int[COLUMNS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        return widths;
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String pad = " ".repeat(widths[i] - cells[i].length());
            line.append(i == 0 ? "" : GAP).append(RIGHT[i] ? pad + cells[i] : cells[i] + pad);
        }
        return line.toString().stripTrailing();
    }

    /** Operations the scenario started that had no answer when the run ended (a write waiting for a replica). */
    private static void unfinished(ScenarioRun run, StringBuilder text) {
        for (int i = 0; i < run.results().size(); i++) {
            if (run.operationId(i) >= 0 && run.operation(i).isEmpty()) {
                String started = Millis.ofMicros(run.scenario().actions().get(i).atMicros()).toPlainString();
                text.append(Text.of("cli.run.unfinished", run.scenario().actions().get(i).action().describe(), started).format())
                        .append('\n');
            }
        }
    }
}
