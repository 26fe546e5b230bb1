package dev.rawlab.cli;

import dev.rawlab.check.Percentiles;
import dev.rawlab.check.Summary;
import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ExpectationResult;
import java.util.List;

/** The checker's summary and the expectations' outcome, as lines of text for the timeline. */
final class SummaryText {

    private SummaryText() {
    }

    static String text(Summary summary) {
        StringBuilder text = new StringBuilder("\n");
        text.append(Text.of("cli.summary.heading").format()).append('\n');
        line(text, "cli.summary.reads", summary.reads(), summary.fresh(), summary.stale404(), summary.staleOld(),
                summary.listMissing(), summary.unavailable());
        line(text, "cli.summary.writes", summary.writes(), summary.failedWrites());
        line(text, "cli.summary.sessions", summary.rywViolations(), summary.monotonicViolations());
        latency(text, "cli.summary.readLatency", summary.readLatency());
        latency(text, "cli.summary.writeLatency", summary.writeLatency());
        text.append(Text.of("cli.summary.primary", Millis.text(summary.primaryShare() * 100),
                String.valueOf(summary.messages())).format()).append('\n');
        text.append(Text.of("cli.summary.window", Millis.ofMicros(summary.maxWindowMicros()).toPlainString(),
                String.valueOf(summary.openWindows())).format()).append('\n');
        return text.toString();
    }

    private static void line(StringBuilder text, String key, int... counts) {
        Object[] args = new Object[counts.length];
        for (int i = 0; i < counts.length; i++) {
            args[i] = String.valueOf(counts[i]);
        }
        text.append(Text.of(key, args).format()).append('\n');
    }

    private static void latency(StringBuilder text, String key, Percentiles percentiles) {
        if (percentiles.count() == 0) {
            text.append(Text.of(key + ".none").format()).append('\n');
            return;
        }
        text.append(Text.of(key, Millis.text(percentiles.p50Millis()), Millis.text(percentiles.p95Millis()),
                Millis.text(percentiles.p99Millis())).format()).append('\n');
    }

    static String expectations(List<ExpectationResult> results) {
        StringBuilder text = new StringBuilder("\n");
        text.append(Text.of("cli.expect.heading").format()).append('\n');
        if (results.isEmpty()) {
            return text.append(Text.of("cli.expect.none").format()).append('\n').toString();
        }
        int held = 0;
        for (ExpectationResult result : results) {
            String action = String.valueOf(result.expectation().actionIndex());
            if (result.held()) {
                held++;
                text.append(Text.of("cli.expect.held", action, result.seen()).format()).append('\n');
            } else {
                List<String> differences = result.differences().stream().map(Text::format).toList();
                text.append(Text.of("cli.expect.failed", action, result.seen(), String.join("; ", differences)).format())
                        .append('\n');
            }
        }
        text.append(Text.of("cli.expect.count", String.valueOf(held), String.valueOf(results.size())).format()).append('\n');
        return text.toString();
    }
}
