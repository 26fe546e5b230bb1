package dev.rawlab.experiment;

import java.util.List;
import java.util.Locale;

/**
 * The curves of a set of trade-off rows as CSV, one line per fix, object kind and time:
 * {@code fix,object,tMillis,trials,pSeesWrite,p404,pOld,pNoAnswer}, "\n" line ends, dots for decimals.
 */
public final class CurveCsv {

    public static final String HEADER = "fix,object,tMillis,trials,pSeesWrite,p404,pOld,pNoAnswer";

    private CurveCsv() {
    }

    public static String write(List<TradeoffRow> rows) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (TradeoffRow row : rows) {
            lines(text, row.fix(), ObjectKind.NEW, row.newObject());
            lines(text, row.fix(), ObjectKind.OVERWRITE, row.overwrite());
        }
        return text.toString();
    }

    private static void lines(StringBuilder text, Fix fix, ObjectKind kind, ExperimentResult result) {
        for (StalenessPoint point : result.points()) {
            text.append(fix.fileName()).append(',').append(kind.fileName()).append(',')
                    .append(String.format(Locale.ROOT, "%.3f", point.tMillis())).append(',')
                    .append(point.trials()).append(',')
                    .append(point.pSeesWrite()).append(',')
                    .append(point.p404()).append(',')
                    .append(point.pOld()).append(',')
                    .append(point.pNoAnswer()).append('\n');
        }
    }
}
