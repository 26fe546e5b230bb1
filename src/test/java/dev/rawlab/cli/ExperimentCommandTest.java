package dev.rawlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code raw-lab experiment} and {@code raw-lab tradeoffs}: the JSON shape, CSV, the table, and exit code 2 on bad options. */
class ExperimentCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void jsonHasOnePointPerTimeAndTheLatencyPercentiles() throws Exception {
        CommandRun run = CommandRun.of("experiment", "--t", "0,10,100", "--trials", "300", "--json");

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(fields(root)).containsSubsequence("points", "readLatencyMillis", "writeLatencyMillis");
        JsonNode points = root.get("points");
        assertThat(points).hasSize(3);
        for (JsonNode point : points) {
            assertThat(fields(point)).containsExactly("tMillis", "trials", "pSeesWrite", "p404", "pOld");
            assertThat(point.get("trials").asInt()).isEqualTo(300);
        }
        assertThat(points.get(2).get("tMillis").asDouble()).isEqualTo(100);
        // The default scene: right after the ack both replicas are behind; 100 ms later both have caught up.
        assertThat(points.get(0).get("p404").asDouble()).isEqualTo(1.0);
        assertThat(points.get(2).get("pSeesWrite").asDouble()).isEqualTo(1.0);
        assertThat(fields(root.get("readLatencyMillis"))).containsExactly("p50", "p99", "p999");
        assertThat(fields(root.get("writeLatencyMillis"))).containsExactly("p50", "p99", "p999");
        assertThat(root.get("readLatencyMillis").get("p50").asDouble()).isEqualTo(4);
    }

    @Test
    void quorumModeRunsTheWarsModelWithAProfile() throws Exception {
        CommandRun run = CommandRun.of("experiment", "--mode", "quorum", "--profile", "YMMR", "--n", "3", "--r", "1",
                "--w", "1", "--t", "0,1000", "--trials", "2000", "--object", "overwrite", "--json", "--threads", "1");

        assertThat(run.exitCode()).isZero();
        JsonNode points = JSON.readTree(run.out()).get("points");
        assertThat(points.get(0).get("pOld").asDouble()).isGreaterThan(0);
        assertThat(points.get(0).get("p404").asDouble()).isZero();
        assertThat(points.get(1).get("pOld").asDouble()).isLessThan(points.get(0).get("pOld").asDouble());
    }

    @Test
    void csvHasAHeaderAndOneLinePerTime() {
        CommandRun run = CommandRun.of("experiment", "--t", "0,50", "--trials", "100", "--csv", "--read", "consistent-read");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().split("\n")).containsExactly(ExperimentCsv.HEADER, "0,100,1.0,0.0,0.0,0.0", "50,100,1.0,0.0,0.0,0.0");
    }

    @Test
    void theTableNamesTheColumnsAndTheLatencies() {
        CommandRun run = CommandRun.of("experiment", "--t", "0", "--trials", "50", "--write", "all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sees write", "404", "old body", "Read latency: p50", "sync=all");
    }

    @Test
    void synchronousReplicationAsAFixIsNotUndoneByTheDefaultWriteMode() {
        CommandRun run = CommandRun.of("experiment", "--t", "0", "--trials", "20", "--read", "sync-all");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("sync=all", "0     20      100.00 %");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--mode sideways|--mode takes primary or quorum",
        "--lag nonsense|--lag takes a delay distribution",
        "--network exp:-1|--network takes a delay distribution",
        "--t 0,-5|--t takes times in milliseconds",
        "--t 1,x|--t takes times in milliseconds",
        "--trials 0|--trials takes a number of trials",
        "--threads 0|--threads takes a number of threads",
        "--read hope|--read takes one of eventual",
        "--write sometimes|--write takes async",
        "--replicas 40|--replicas takes a number of replicas",
        "--object maybe|--object takes new or overwrite",
        "--profile LNKD-SSD|--profile does not apply to --mode primary",
        "--mode quorum --lag const:1|--lag does not apply to --mode quorum",
        "--mode quorum --n 3 --r 4|A quorum needs",
        "--mode quorum --profile LNKD-TAPE|--profile takes one of LNKD-SSD",
        "--mode quorum --profile WAN --network const:1|either --profile or --network",
        "--trials many|--trials",
        "--json --csv|mutually exclusive",
    })
    void aBadOptionGetsASentenceAndExitCode2(String args, String message) {
        CommandRun run = CommandRun.of(("experiment " + args).split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(message);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void tradeoffsMeasuresEveryFixOnTheDefaultScene() {
        CommandRun run = CommandRun.of("tradeoffs", "--trials", "60", "--threads", "1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("eventual (any replica)", "consistent read", "version token, wait", "retry with backoff",
                "lazy lookup", "store-side strong consistency", "what the application must do");
    }

    @Test
    void tradeoffsRefusesANegativeCost() {
        CommandRun run = CommandRun.of("tradeoffs", "--node-cost", "-1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--node-cost");
    }
}
