package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.Micros;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trade-off table on the default scene (replicas A 10 ms and B 80 ms behind, 1 ms a message):
 * the numbers follow from the scene, and each fix keeps or breaks its promise as the sources say.
 */
class TradeoffTableTest {

    private static Map<Fix, TradeoffRow> rows;

    @BeforeAll
    static void measure() {
        long[] t = new long[TradeoffTable.DEFAULT_T_MILLIS.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = Micros.ofMillis(TradeoffTable.DEFAULT_T_MILLIS[i]);
        }
        List<TradeoffRow> measured = TradeoffTable.measure(DefaultScene.config(), t, 200, DefaultScene.SEED, 2, CostModel.DEFAULT);
        rows = new EnumMap<>(Fix.class);
        measured.forEach(row -> rows.put(row.fix(), row));
    }

    private static double staleAtZero(Fix fix, boolean overwrite) {
        TradeoffRow row = rows.get(fix);
        return (overwrite ? row.overwrite() : row.newObject()).points().get(0).pStale();
    }

    @Test
    void everyFixRunsOnTheObjectStore() {
        assertThat(rows.keySet()).containsExactly(Fix.values());
    }

    @Test
    void theEventualStoreIsStaleRightAfterTheWriteUntilReplicaBCatchesUp() {
        assertThat(staleAtZero(Fix.EVENTUAL, false)).isEqualTo(1.0);
        assertThat(staleAtZero(Fix.EVENTUAL, true)).isEqualTo(1.0);
        // The ack reaches the writer at 4 ms, B applies at 82 ms, the read reaches B 2 ms after it is sent.
        assertThat(rows.get(Fix.EVENTUAL).windowMillis()).isEqualTo(80);
        assertThat(rows.get(Fix.EVENTUAL).newObject().readLatency().p50Millis()).isEqualTo(4);
    }

    @Test
    void fixesThatPromiseReadYourWritesAreNeverStale() {
        for (Fix fix : List.of(Fix.CONSISTENT_READ, Fix.TOKEN_WAIT, Fix.TOKEN_REROUTE, Fix.TOKEN_PRIMARY, Fix.SYNC_ALL, Fix.STRONG)) {
            assertThat(rows.get(fix).windowMillis()).as(fix.name()).isZero();
        }
    }

    @Test
    void retryAndLazyLookupCatchNewKeysButNotEdits() {
        for (Fix fix : List.of(Fix.RETRY, Fix.LAZY_LOOKUP)) {
            assertThat(staleAtZero(fix, false)).as(fix.name()).isZero();
            assertThat(staleAtZero(fix, true)).as(fix.name()).isEqualTo(1.0);
        }
    }

    @Test
    void aConsistentReadCostsThroughputThatReplicasCannotBuyBack() {
        TradeoffRow eventual = rows.get(Fix.EVENTUAL);
        TradeoffRow consistent = rows.get(Fix.CONSISTENT_READ);

        assertThat(consistent.newObject().primaryShare()).isEqualTo(1.0);
        assertThat(consistent.readsPerSecond()).isEqualTo(CostModel.DEFAULT.nodeReadsPerSecond());
        assertThat(consistent.readsPerSecondAt()).isEqualTo(consistent.readsPerSecond());
        assertThat(eventual.readsPerSecond()).isEqualTo(2 * CostModel.DEFAULT.nodeReadsPerSecond());
        assertThat(eventual.readsPerSecondAt()).isEqualTo(TradeoffTable.GROWN_REPLICAS * CostModel.DEFAULT.nodeReadsPerSecond());
        assertThat(consistent.costPerMillion()).isGreaterThan(eventual.costPerMillion());
    }

    @Test
    void synchronousReplicationMovesTheWaitToTheWrite() {
        assertThat(rows.get(Fix.SYNC_ALL).newObject().writeLatency().p50Millis())
                .isGreaterThan(80)
                .isGreaterThan(rows.get(Fix.EVENTUAL).newObject().writeLatency().p50Millis());
    }
}
