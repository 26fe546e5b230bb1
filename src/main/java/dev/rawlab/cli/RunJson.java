package dev.rawlab.cli;








import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rawlab.scenario.StableJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Percentiles;
import dev.rawlab.check.Summary;
import dev.rawlab.store.OperationRecord;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The machine-readable result of {@code run --json}: {@code {"operations":[...],"summary":{...}}}
 * with a fixed field order, times in milliseconds (at most three decimals), operations in the order
 * they began, pretty-printed with a final newline. Equal runs give equal bytes.
 */
final class RunJson {

    private static final JsonNodeFactory NODES = StableJson.NODES;

    private RunJson() {
    }

    static String write(CheckReport report) {
        ObjectNode root = NODES.objectNode();
        ArrayNode operations = root.putArray("operations");
        List<CheckedOperation> sorted = new ArrayList<>(report.operations());
        sorted.sort(Comparator.comparingLong(checked -> checked.operation().id()));
        for (CheckedOperation checked : sorted) {
            operations.add(operation(checked));
        }
        root.set("summary", summary(report.summary()));
        return StableJson.write(root);
    }

    private static ObjectNode operation(CheckedOperation checked) {
        OperationRecord op = checked.operation();
        ObjectNode node = NODES.objectNode();
        node.put("user", op.user());
        node.put("op", op.op().name());
        node.put("key", op.key());
        node.put("status", op.status());
        node.put("version", op.version());
        node.put("node", op.node());
        node.put("invokeMillis", Millis.ofMicros(op.invokeMicros()));
        node.put("completeMillis", Millis.ofMicros(op.completeMicros()));
        node.put("verdict", checked.verdict().fileName());
        return node;
    }

    private static ObjectNode summary(Summary summary) {
        ObjectNode node = NODES.objectNode();
        node.put("reads", summary.reads());
        node.put("fresh", summary.fresh());
        node.put("stale404", summary.stale404());
        node.put("staleOld", summary.staleOld());
        node.put("listMissing", summary.listMissing());
        node.put("rywViolations", summary.rywViolations());
        node.put("monotonicViolations", summary.monotonicViolations());
        node.set("readLatencyMillis", percentiles(summary.readLatency()));
        node.set("writeLatencyMillis", percentiles(summary.writeLatency()));
        node.put("primaryShare", Millis.exact(summary.primaryShare()));
        node.put("messages", summary.messages());
        return node;
    }

    /** p50, p95, p99 in milliseconds; null each when there was no sample. */
    private static ObjectNode percentiles(Percentiles percentiles) {
        ObjectNode node = NODES.objectNode();
        node.put("p50", Millis.exact(percentiles.p50Millis()));
        node.put("p95", Millis.exact(percentiles.p95Millis()));
        node.put("p99", Millis.exact(percentiles.p99Millis()));
        return node;
    }
}
