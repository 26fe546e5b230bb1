package dev.rawlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.ReadMode;
import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.Topology;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checker's verdicts on real runs of the store: each scene is played through the store's
 * action path and the trace is judged, so a wrong model or a wrong checker both show up here.
 */
class CheckerTest {

    private static final LatencyDistribution FAST = LatencyDistribution.parse("const:10");
    private static final LatencyDistribution SLOW = LatencyDistribution.parse("const:80");

    /** An object store with replica A 10 ms behind and replica B 80 ms behind, 1 ms per message. */
    private static Store objectStore() {
        return Store.create(StoreConfig.of(Topology.OBJECT_STORE, 2).withLags(List.of(FAST, SLOW)));
    }

    private static void at(Store store, double millis, Action action) {
        store.advanceTo(Micros.ofMillis(millis));
        assertThat(store.apply(action).accepted()).as(action.describe()).isTrue();
    }

    private static CheckReport finish(Store store) {
        assertThat(store.runUntilQuiet(Micros.ofMillis(600_000))).isTrue();
        return Checker.check(store.trace());
    }

    private static CheckedOperation op(CheckReport report, int index) {
        return report.operations().stream()
                .sorted(java.util.Comparator.comparingLong(c -> c.operation().id()))
                .toList().get(index);
    }

    @Test
    void aGetRightAfterThePutOnALaggingReplicaIsAStale404AndBreaksTheWritersGuarantee() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "avatar.png", "cat.png"));
        at(store, 5, new Action.Get("alice", "avatar.png", "B", false));
        at(store, 205, new Action.Get("alice", "avatar.png", "A", false));

        CheckReport report = finish(store);

        assertThat(op(report, 1).verdict()).isEqualTo(Verdict.STALE_404);
        assertThat(op(report, 1).readYourWritesViolation()).isTrue();
        assertThat(op(report, 1).newestAckedVersion()).isEqualTo(1);
        assertThat(op(report, 2).verdict()).isEqualTo(Verdict.FRESH);
        assertThat(report.summary().stale404()).isEqualTo(1);
        assertThat(report.summary().fresh()).isEqualTo(1);
        assertThat(report.summary().rywViolations()).isEqualTo(1);
    }

    @Test
    void anotherViewersStaleReadIsStaleButNotAReadYourWritesViolation() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "avatar.png", "cat.png"));
        at(store, 5, new Action.Get("bob", "avatar.png", "B", false));

        CheckReport report = finish(store);

        assertThat(op(report, 1).verdict()).isEqualTo(Verdict.STALE_404);
        assertThat(op(report, 1).readYourWritesViolation()).isFalse();
        assertThat(report.summary().rywViolations()).isZero();
    }

    @Test
    void anOverwriteReadFromALaggingReplicaIsStaleOld() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "bio", "v1 text"));
        at(store, 200, new Action.Put("alice", "bio", "v2 text"));
        at(store, 210, new Action.Get("alice", "bio", "B", false));

        CheckReport report = finish(store);

        CheckedOperation read = op(report, 2);
        assertThat(read.operation().status()).isEqualTo(200);
        assertThat(read.operation().version()).isEqualTo(1);
        assertThat(read.verdict()).isEqualTo(Verdict.STALE_OLD);
    }

    @Test
    void aListFromALaggingReplicaMissesTheNewKey() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "photos/a.jpg", "a"));
        at(store, 200, new Action.Put("alice", "photos/b.jpg", "b"));
        at(store, 210, new Action.ListKeys("alice", "photos/", "B"));

        CheckReport report = finish(store);

        CheckedOperation list = op(report, 2);
        assertThat(list.verdict()).isEqualTo(Verdict.LIST_MISSING);
        assertThat(list.missingKeys()).containsExactly("photos/b.jpg");
        assertThat(list.operation().listed()).containsOnlyKeys("photos/a.jpg");
    }

    @Test
    void aReadThatBeganBeforeTheAckIsFreshWhateverItSaw() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "k", "x"));
        at(store, 1, new Action.Get("bob", "k", "B", false));

        CheckReport report = finish(store);

        assertThat(op(report, 1).operation().status()).isEqualTo(404);
        assertThat(op(report, 1).verdict()).isEqualTo(Verdict.FRESH);
    }

    @Test
    void a404AfterAnAcknowledgedDeleteIsFreshButTheOldBodyIsStale() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "k", "x"));
        at(store, 200, new Action.Delete("alice", "k"));
        at(store, 210, new Action.Get("alice", "k", "A", false));
        at(store, 210, new Action.Get("alice", "k", "B", false));

        CheckReport report = finish(store);

        assertThat(op(report, 2).operation().status()).isEqualTo(404);
        assertThat(op(report, 2).verdict()).isEqualTo(Verdict.FRESH);
        assertThat(op(report, 3).operation().status()).isEqualTo(200);
        assertThat(op(report, 3).verdict()).isEqualTo(Verdict.STALE_OLD);
    }

    @Test
    void readingANewerVersionThenAnOlderOneBreaksMonotonicReads() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "k", "one"));
        at(store, 200, new Action.Put("alice", "k", "two"));
        at(store, 230, new Action.Get("bob", "k", "A", false));
        at(store, 240, new Action.Get("bob", "k", "B", false));

        CheckReport report = finish(store);

        assertThat(op(report, 2).operation().version()).isEqualTo(2);
        assertThat(op(report, 3).operation().version()).isEqualTo(1);
        assertThat(op(report, 2).monotonicReadsViolation()).isFalse();
        assertThat(op(report, 3).monotonicReadsViolation()).isTrue();
        assertThat(report.summary().monotonicViolations()).isEqualTo(1);
    }

    @Test
    void theStalenessWindowRunsFromTheAckToTheLastReplicaApplyingIt() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "k", "x"));

        CheckReport report = finish(store);

        WriteWindow window = report.windows().get(0);
        assertThat(window.ackMicros()).isEqualTo(Micros.ofMillis(4));
        assertThat(window.convergedMicros()).isEqualTo(Micros.ofMillis(82));
        assertThat(window.windowMicros()).isEqualTo(Micros.ofMillis(78));
        assertThat(report.summary().maxWindowMicros()).isEqualTo(Micros.ofMillis(78));
    }

    @Test
    void aWriteThatHasNotReachedAnOfflineReplicaHasAnOpenWindow() {
        Store store = objectStore();
        at(store, 0, new Action.TakeOffline("B"));
        at(store, 0, new Action.Put("alice", "k", "x"));

        CheckReport report = finish(store);

        assertThat(report.windows()).singleElement().satisfies(window -> assertThat(window.open()).isTrue());
        assertThat(report.summary().openWindows()).isEqualTo(1);
    }

    @Test
    void consistentReadsAreFreshAndCountAsServedByThePrimary() {
        Store store = Store.create(StoreConfig.of(Topology.OBJECT_STORE, 2).withLags(List.of(SLOW))
                .withStrategy(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY)));
        at(store, 0, new Action.Put("alice", "k", "x"));
        at(store, 5, new Action.Get("alice", "k"));
        at(store, 6, new Action.Get("bob", "k"));

        CheckReport report = finish(store);

        assertThat(report.summary().fresh()).isEqualTo(2);
        assertThat(report.summary().primaryShare()).isEqualTo(1.0);
    }

    @Test
    void aTimedOutSynchronousWriteIsAFailedWriteThatNoReadIsJudgedAgainst() {
        SyncReplication syncAll = new SyncReplication(SyncReplication.Mode.ALL, 0, SyncReplication.OnOffline.TIMEOUT, 50);
        Store store = Store.create(StoreConfig.of(Topology.OBJECT_STORE, 2).withLags(List.of(FAST))
                .withStrategy(Strategy.EVENTUAL.withSync(syncAll)));
        at(store, 0, new Action.TakeOffline("B"));
        at(store, 0, new Action.Put("alice", "k", "x"));
        at(store, 100, new Action.Get("alice", "k", "A", false));

        CheckReport report = finish(store);

        assertThat(op(report, 0).operation().status()).isEqualTo(503);
        assertThat(op(report, 0).verdict()).isEqualTo(Verdict.WRITE_FAILED);
        assertThat(op(report, 1).verdict()).isEqualTo(Verdict.FRESH);
        assertThat(report.summary().failedWrites()).isEqualTo(1);
    }

    @Test
    void latencyPercentilesUseNearestRank() {
        long[] micros = new long[100];
        for (int i = 0; i < 100; i++) {
            micros[i] = (100 - i) * 1_000L;
        }
        Percentiles percentiles = Percentiles.of(micros);

        assertThat(percentiles.count()).isEqualTo(100);
        assertThat(percentiles.p50Millis()).isEqualTo(50.0);
        assertThat(percentiles.p95Millis()).isEqualTo(95.0);
        assertThat(percentiles.p99Millis()).isEqualTo(99.0);
        assertThat(Percentiles.of(new long[0]).p50Millis()).isNaN();
    }

    @Test
    void operationsAreCountedByKind() {
        Store store = objectStore();
        at(store, 0, new Action.Put("alice", "a", "1"));
        at(store, 100, new Action.Get("alice", "a"));
        at(store, 110, new Action.ListKeys("alice", ""));

        CheckReport report = finish(store);

        assertThat(report.summary().reads()).isEqualTo(2);
        assertThat(report.summary().writes()).isEqualTo(1);
        assertThat(report.operations()).extracting(c -> c.operation().op())
                .containsExactlyInAnyOrder(OpKind.PUT, OpKind.GET, OpKind.LIST);
        assertThat(report.summary().messages()).isEqualTo(store.messagesSent());
    }
}
