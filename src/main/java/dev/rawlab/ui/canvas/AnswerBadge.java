package dev.rawlab.ui.canvas;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Verdict;
import dev.rawlab.store.OperationRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a user last got back, as the canvas shows it beside them: the operation, the status with
 * its version, and the checker's verdict, which decides the icon (tick, cross, warning) and the
 * colour. Built from the checker's report; holds no JavaFX.
 */
public record AnswerBadge(String user, long operationId, String request, String outcome, Verdict verdict, int status,
                          long newestAckedVersion) {

    /** The kind of icon drawn with the badge. */
    public enum Icon { TICK, CROSS, WARNING, DOT }

    public Icon icon() {
        return switch (verdict) {
            case FRESH, WRITE_OK -> Icon.TICK;
            case STALE_404, UNAVAILABLE, WRITE_FAILED -> Icon.CROSS;
            case STALE_OLD, LIST_MISSING -> Icon.WARNING;
        };
    }

    /** The newest badge per user, in the order the users last finished something. */
    public static Map<String, AnswerBadge> latestPerUser(CheckReport report) {
        Map<String, AnswerBadge> badges = new LinkedHashMap<>();
        if (report == null) {
            return badges;
        }
        addNewer(badges, report.operations(), 0);
        return badges;
    }

    /**
     * Updates {@code badges} with {@code operations} from index {@code from} on (those finished
     * since the last look), so a running window need not go through every operation each frame.
     */
    public static void addNewer(Map<String, AnswerBadge> badges, List<CheckedOperation> operations, int from) {
        for (CheckedOperation checked : operations.subList(from, operations.size())) {
            OperationRecord op = checked.operation();
            String outcome = op.op().isRead() && op.listed() != null
                    ? op.status() + " (" + op.listed().size() + ")"
                    : op.status() == 200 ? op.status() + " v" + op.version() : String.valueOf(op.status());
            badges.remove(op.user());
            badges.put(op.user(), new AnswerBadge(op.user(), op.id(), op.op() + " " + op.key(), outcome, checked.verdict(),
                    op.status(), checked.newestAckedVersion()));
        }
    }
}
