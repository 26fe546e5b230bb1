package dev.rawlab.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rawlab.check.CheckReport;
import dev.rawlab.scenario.Presets;
import dev.rawlab.scenario.ScenarioPlayer;
import dev.rawlab.scenario.ScenarioRun;
import dev.rawlab.store.Trace;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The avatar story's trace as CSV and JSON: one row per event, times in milliseconds, and the
 * stale read's row carries what the checker said of it.
 */
class TraceExportTest {

    private Trace trace;
    private List<TraceRow> rows;

    @BeforeEach
    void playTheAvatarStory() {
        ScenarioRun run = ScenarioPlayer.play(Presets.find("avatar-story").orElseThrow().scenario().orElseThrow());
        trace = run.store().trace();
        CheckReport report = run.check();
        rows = TraceRows.of(trace, report);
    }

    /** RFC 4180 fields of one line: commas split, unless inside quotes; doubled quotes are one. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    @Test
    void csvHasOneLinePerEventAndTheStaleReadsVerdict() {
        String csv = TraceCsv.write(rows);
        String[] lines = csv.split("\n");

        assertThat(lines[0]).isEqualTo(TraceCsv.HEADER);
        assertThat(lines).hasSize(trace.events().size() + 1);
        assertThat(lines).allSatisfy(line -> assertThat(fields(line)).hasSize(11));
        List<String> staleRead = java.util.Arrays.stream(lines).map(TraceExportTest::fields)
                .filter(f -> f.get(1).equals("completed") && f.get(9).equals("stale-404")).findFirst().orElseThrow();
        // timeMillis,kind,operation,user,node,to,key,version,status,verdict,detail
        assertThat(staleRead.subList(0, 10)).containsExactly("8", "completed", "2", "alice", "B", "", "avatar.png", "0", "404",
                "stale-404");
        assertThat(staleRead.get(10)).isEqualTo(trace.operations().stream().filter(op -> op.id() == 2).findFirst()
                .orElseThrow().line());
    }

    @Test
    void jsonHasOneObjectPerEventWithTheSameValues() throws Exception {
        JsonNode events = new ObjectMapper().readTree(TraceJson.write(rows)).get("events");

        assertThat(events).hasSize(trace.events().size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode event = events.get(i);
            TraceRow row = rows.get(i);
            assertThat(event.get("timeMillis").decimalValue().movePointRight(3).longValueExact()).isEqualTo(row.timeMicros());
            assertThat(event.get("kind").asText()).isEqualTo(row.kind());
            assertThat(event.has("verdict")).isEqualTo(row.verdict() != null);
        }
        assertThat(rows).filteredOn(row -> "completed".equals(row.kind())).allSatisfy(row -> assertThat(row.verdict()).isNotNull());
        assertThat(rows).extracting(TraceRow::kind).contains("action", "sent", "enqueued", "applied", "completed");
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        assertThat(TraceCsv.field("put \"a,b\"")).isEqualTo("\"put \"\"a,b\"\"\"");
        assertThat(fields(TraceCsv.field("put \"a,b\""))).containsExactly("put \"a,b\"");
        assertThat(TraceCsv.field(null)).isEmpty();
        assertThat(TraceCsv.millis(12_345).toPlainString()).isEqualTo("12.345");
        assertThat(TraceCsv.millis(80_000).toPlainString()).isEqualTo("80");
    }
}
