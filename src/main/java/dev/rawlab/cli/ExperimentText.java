package dev.rawlab.cli;

import dev.rawlab.check.Percentiles;
import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.StalenessPoint;
import dev.rawlab.i18n.Text;
import java.util.List;
import java.util.Locale;

/** The result of {@code experiment} for people: a heading, one row per time of the grid, then latency and load. */
final class ExperimentText {

    private ExperimentText() {
    }

    static String write(String heading, ExperimentResult result) {
        StringBuilder text = new StringBuilder(heading).append("\n\n");
        List<String> header = List.of(Text.of("experiment.column.t").format(), Text.of("experiment.column.trials").format(),
                Text.of("experiment.column.sees").format(), Text.of("experiment.column.404").format(),
                Text.of("experiment.column.old").format(), Text.of("experiment.column.noAnswer").format());
        TextTable table = new TextTable(header);
        for (StalenessPoint point : result.points()) {
            table.add(List.of(Millis.exact(point.tMillis()).toPlainString(), String.valueOf(point.trials()),
                    percent(point.pSeesWrite()), percent(point.p404()), percent(point.pOld()), percent(point.pNoAnswer())));
        }
        text.append(table.text()).append('\n');
        latency(text, "experiment.readLatency", result.readLatency());
        latency(text, "experiment.writeLatency", result.writeLatency());
        text.append(Text.of("experiment.load", percent(result.primaryShare()), Millis.text(result.messagesPerRead())).format())
                .append('\n');
        return text.toString();
    }

    private static void latency(StringBuilder text, String key, Percentiles percentiles) {
        text.append(Text.of(key, Millis.text(percentiles.p50Millis()), Millis.text(percentiles.p99Millis()),
                Millis.text(percentiles.p999Millis())).format()).append('\n');
    }

    /** A share as a percentage with two decimals: "49.87 %". */
    static String percent(double share) {
        if (!Double.isFinite(share)) {
            return Text.of("cli.none").format();
        }
        return String.format(Locale.ROOT, "%.2f %%", share * 100);
    }
}
