package dev.rawlab.export;








import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rawlab.scenario.StableJson;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * Trace rows as JSON: {@code {"events": [{"timeMillis": 4, "kind": "completed", ...}]}}, one object
 * per event with the fields of {@link TraceRow} in that order, a field left out where the event has
 * no value; times in milliseconds with at most three decimals. Pretty-printed, "\n" line ends.
 */
public final class TraceJson {

    private static final JsonNodeFactory NODES = StableJson.NODES;

    private TraceJson() {
    }

    public static String write(List<TraceRow> rows) {
        ObjectNode root = NODES.objectNode();
        ArrayNode events = root.putArray("events");
        for (TraceRow row : rows) {
            ObjectNode event = events.addObject();
            event.put("timeMillis", TraceCsv.millis(row.timeMicros()));
            event.put("kind", row.kind());
            putIfPresent(event, "operation", row.operationId());
            putIfPresent(event, "user", row.user());
            putIfPresent(event, "node", row.node());
            putIfPresent(event, "to", row.to());
            putIfPresent(event, "key", row.key());
            putIfPresent(event, "version", row.version());
            if (row.status() != null) {
                event.put("status", row.status());
            }
            putIfPresent(event, "verdict", row.verdict());
            putIfPresent(event, "detail", row.detail());
        }
        return StableJson.write(root);
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, Long value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
