package dev.rawlab.cli;

import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.StalenessPoint;

/**
 * The result of {@code experiment --csv}: a header line {@code tMillis,trials,pSeesWrite,p404,pOld,pNoAnswer}
 * and one line per time of the grid, "\n" line ends, dots for decimals whatever the locale.
 */
final class ExperimentCsv {

    static final String HEADER = "tMillis,trials,pSeesWrite,p404,pOld,pNoAnswer";

    private ExperimentCsv() {
    }

    static String write(ExperimentResult result) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (StalenessPoint point : result.points()) {
            text.append(Millis.exact(point.tMillis()).toPlainString()).append(',')
                    .append(point.trials()).append(',')
                    .append(point.pSeesWrite()).append(',')
                    .append(point.p404()).append(',')
                    .append(point.pOld()).append(',')
                    .append(point.pNoAnswer()).append('\n');
        }
        return text.toString();
    }
}
