package dev.rawlab.cli;








import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.rawlab.scenario.StableJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rawlab.check.Percentiles;
import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.StalenessPoint;


/**
 * The machine-readable result of {@code experiment --json}:
 * {@code {"mode", "points": [{tMillis, trials, pSeesWrite, p404, pOld}], "readLatencyMillis": {p50,
 * p99, p999}, "writeLatencyMillis": {p50, p99, p999}, "primaryShare", "messagesPerRead"}}, fields in
 * that order, pretty-printed with a final newline. Shares are plain doubles; a latency with no sample
 * is null.
 */
final class ExperimentJson {

    private static final JsonNodeFactory NODES = StableJson.NODES;

    private ExperimentJson() {
    }

    static String write(String mode, ExperimentResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("mode", mode);
        ArrayNode points = root.putArray("points");
        for (StalenessPoint point : result.points()) {
            ObjectNode node = points.addObject();
            node.put("tMillis", Millis.exact(point.tMillis()));
            node.put("trials", point.trials());
            node.put("pSeesWrite", point.pSeesWrite());
            node.put("p404", point.p404());
            node.put("pOld", point.pOld());
        }
        root.set("readLatencyMillis", percentiles(result.readLatency()));
        root.set("writeLatencyMillis", percentiles(result.writeLatency()));
        root.put("primaryShare", finite(result.primaryShare()));
        root.put("messagesPerRead", finite(result.messagesPerRead()));
        return StableJson.write(root);
    }

    private static ObjectNode percentiles(Percentiles percentiles) {
        ObjectNode node = NODES.objectNode();
        node.put("p50", Millis.exact(percentiles.p50Millis()));
        node.put("p99", Millis.exact(percentiles.p99Millis()));
        node.put("p999", Millis.exact(percentiles.p999Millis()));
        return node;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
