package dev.rawlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rawlab.i18n.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code raw-lab run}: the readable timeline, the JSON form, and the exit codes. */
class RunCommandTest {

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void theTimelineShowsEachOperationItsVerdictAndWhyAnAnomalyHappened() {
        CommandRun run = CommandRun.of("run", "avatar-story");

        assertThat(run.exitCode()).isZero();
        List<String> rows = run.out().lines().filter(line -> line.contains("avatar.png")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows.get(0)).contains("PUT", "200", "v1", "primary", "write-ok");
        assertThat(rows.get(1)).contains("GET", "404", "B", "stale-404");
        assertThat(rows.get(2)).contains("hit replica B, which is 80 ms behind");
        assertThat(run.out()).contains(Text.of("cli.expect.count", "3", "3").format());
        assertThat(run.out()).contains(Text.of("cli.summary.sessions", "1", "0").format());
        assertThat(run.out()).doesNotContain(Text.of("cli.run.traceHeading").format());
    }

    @Test
    void traceAddsTheInternalEvents() {
        CommandRun run = CommandRun.of("run", "avatar-story", "--trace");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(Text.of("cli.run.traceHeading").format(), "enqueue B avatar.png v1 apply=82");
    }

    @Test
    void jsonHasTheOperationsAndTheSummaryInAFixedShape() throws IOException {
        CommandRun run = CommandRun.of("run", "avatar-story", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(fieldNames(root)).containsExactly("operations", "summary");
        JsonNode operations = root.get("operations");
        assertThat(operations).hasSize(3);
        assertThat(fieldNames(operations.get(1))).containsExactly("user", "op", "key", "status", "version", "node",
                "invokeMillis", "completeMillis", "verdict");
        assertThat(operations.get(1).get("status").asInt()).isEqualTo(404);
        assertThat(operations.get(1).get("verdict").asText()).isEqualTo("stale-404");
        assertThat(operations.get(1).get("invokeMillis").asDouble()).isEqualTo(4.0);
        assertThat(operations.get(2).get("status").asInt()).isEqualTo(200);
        JsonNode summary = root.get("summary");
        assertThat(fieldNames(summary)).containsExactly("reads", "fresh", "stale404", "staleOld", "listMissing",
                "rywViolations", "monotonicViolations", "readLatencyMillis", "writeLatencyMillis", "primaryShare",
                "messages");
        assertThat(summary.get("stale404").asInt()).isEqualTo(1);
        assertThat(summary.get("fresh").asInt()).isEqualTo(1);
        assertThat(fieldNames(summary.get("readLatencyMillis"))).containsExactly("p50", "p95", "p99");
    }

    @Test
    void aFileOnDiskRunsAndAnUnmetExpectationExitsWithOne(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("hope.json"), """
                { "topology": "object-store", "lags": { "A": "const:80" }, "network": "const:1",
                  "actions": [
                    { "atMillis": 0, "do": "put", "user": "alice", "key": "k", "body": "x" },
                    { "atMillis": 4, "do": "get", "user": "alice", "key": "k", "node": "A" } ],
                  "expect": [ { "action": 1, "status": 200 } ] }
                """);

        CommandRun run = CommandRun.of("run", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(Text.of("cli.expect.count", "0", "1").format(), "expected status 200, got 404.");
    }

    @Test
    void aWriteStillWaitingAtTheEndIsListedAndFailsItsExpectation(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("hang.json"), """
                { "topology": "object-store", "nodes": 1, "network": "const:1",
                  "strategy": { "sync": { "mode": "all", "onOffline": "wait" } },
                  "actions": [
                    { "atMillis": 0, "do": "offline", "node": "A" },
                    { "atMillis": 1, "do": "put", "user": "alice", "key": "k", "body": "x" } ],
                  "expect": [ { "action": 1, "status": 200 } ] }
                """);

        CommandRun run = CommandRun.of("run", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(Text.of("cli.run.unfinished", "PUT alice k \"x\"", "1").format());
        assertThat(run.out()).contains(Text.of("cli.summary.readLatency.none").format());
    }

    @Test
    void everyPresetPlaysAsATimelineWithAllItsExpectationsHeld() throws IOException {
        try (var files = Files.list(Path.of("lessons", "scenarios"))) {
            for (Path preset : files.filter(path -> path.toString().endsWith(".json")).toList()) {
                CommandRun run = CommandRun.of("run", preset.toString());

                assertThat(run.exitCode()).as(preset + "\n" + run.out() + run.err()).isZero();
                assertThat(run.out()).as(preset.toString()).contains(Text.of("cli.summary.heading").format());
            }
        }
    }

    @Test
    void aBrokenFileExitsWithOneAndNamesTheProblem(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("broken.json"), "{\n  \"topology\": \"object-store\",\n  \"nodez\": 2\n}");

        CommandRun run = CommandRun.of("run", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith(file + ":3:12: nodez: ");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownScenarioIsBadUsage() {
        CommandRun run = CommandRun.of("run", "no-such-preset");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(Text.of("cli.run.notFound", "no-such-preset").format());
    }

    @Test
    void jsonAndTraceTogetherAreBadUsage() {
        assertThat(CommandRun.of("run", "avatar-story", "--json", "--trace").exitCode()).isEqualTo(2);
    }
}
