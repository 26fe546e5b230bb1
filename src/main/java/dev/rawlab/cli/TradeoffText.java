package dev.rawlab.cli;

import dev.rawlab.experiment.CostModel;
import dev.rawlab.experiment.StalenessPoint;
import dev.rawlab.experiment.TradeoffRow;
import dev.rawlab.experiment.TradeoffTable;
import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measured trade-off table as text: a heading, one row per fix, then how to read the columns. */
final class TradeoffText {

    private TradeoffText() {
    }

    static String write(List<TradeoffRow> rows, int replicas, int trials, long seed, CostModel cost) {
        StringBuilder text = new StringBuilder();
        text.append(Text.of("tradeoffs.heading", replicas, trials, seed).format()).append("\n\n");
        List<String> header = new ArrayList<>();
        for (String column : List.of("fix", "readP50", "readP99", "writeP50", "staleNew", "staleOld", "window")) {
            header.add(Text.of("tradeoffs.column." + column).format());
        }
        header.add(Text.of("tradeoffs.column.throughput", replicas).format());
        header.add(Text.of("tradeoffs.column.throughput", TradeoffTable.GROWN_REPLICAS).format());
        header.add(Text.of("tradeoffs.column.cost").format());
        header.add(Text.of("tradeoffs.column.app").format());
        TextTable table = new TextTable(header);
        for (TradeoffRow row : rows) {
            StalenessPoint newAtZero = row.newObject().points().get(0);
            StalenessPoint oldAtZero = row.overwrite().points().get(0);
            table.add(List.of(row.fix().title().format(),
                    Millis.text(row.newObject().readLatency().p50Millis()),
                    Millis.text(row.newObject().readLatency().p99Millis()),
                    Millis.text(row.newObject().writeLatency().p50Millis()),
                    ExperimentText.percent(newAtZero.pStale()),
                    ExperimentText.percent(oldAtZero.pStale()),
                    window(row.windowMillis()),
                    whole(row.readsPerSecond()),
                    whole(row.readsPerSecondAt()),
                    String.format(Locale.ROOT, "%.4f", row.costPerMillion()),
                    row.fix().complexity().format()));
        }
        text.append(table.text()).append('\n');
        text.append(Text.of("tradeoffs.notes", whole(cost.nodeReadsPerSecond()),
                String.format(Locale.ROOT, "%.2f", cost.nodeCostPerHour())).format()).append('\n');
        return text.toString();
    }

    private static String window(double millis) {
        return Double.isNaN(millis) ? Text.of("tradeoffs.window.never").format() : Millis.text(millis);
    }

    private static String whole(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%,.0f", value) : Text.of("cli.none").format();
    }
}
