package dev.rawlab.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rawlab.check.Percentiles;
import dev.rawlab.experiment.ExperimentResult;
import dev.rawlab.experiment.StalenessPoint;
import java.io.UncheckedIOException;

/**
 * The machine-readable result of {@code experiment --json}:
 * {@code {"mode", "points": [{tMillis, trials, pSeesWrite, p404, pOld}], "readLatencyMillis": {p50,
 * p99, p999}, "writeLatencyMillis": {p50, p99, p999}, "primaryShare", "messagesPerRead"}}, fields in
 * that order, pretty-printed with a final newline. Shares are plain doubles; a latency with no sample
 * is null.
 */
final class ExperimentJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(INDENT).withArrayIndenter(INDENT)
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

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
        try {
            return MAPPER.writer(PRETTY).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
