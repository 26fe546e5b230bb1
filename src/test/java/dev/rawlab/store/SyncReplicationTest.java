package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Synchronous replication: the acknowledgement waits until enough copies have applied the write
 * (all, a majority, or k), and a copy that is offline makes the write wait or time out with 503.
 * Replicas A, B, C run 10, 20 and 30 ms behind; every message takes 1 ms.
 */
class SyncReplicationTest {

    private static final String KEY = "profile";

    private static Scene store(SyncReplication sync) {
        return new Scene(Scene.config(Topology.OBJECT_STORE, "const:10", "const:20", "const:30")
                .withStrategy(Strategy.EVENTUAL.withSync(sync)));
    }

    private static SyncReplication waiting(SyncReplication.Mode mode, int count) {
        return new SyncReplication(mode, count, SyncReplication.OnOffline.WAIT, 0);
    }

    /** The time of the k-th copy's application (1-based) of {@code KEY} v1. */
    private static long kthApplied(Scene scene, int k) {
        List<Long> times = List.of("A", "B", "C").stream().map(node -> scene.appliedAt(node, KEY, 1)).sorted().toList();
        return times.get(k - 1);
    }

    @Test
    void syncToAllAcknowledgesOnlyAfterEveryReplicaAppliedTheWrite() {
        Scene scene = store(waiting(SyncReplication.Mode.ALL, 0));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        OperationRecord ack = scene.record(put);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.completeMicros()).isGreaterThan(kthApplied(scene, 3)).isEqualTo(micros(35));
    }

    @Test
    void syncToAMajorityAcknowledgesAfterTwoOfThreeReplicas() {
        Scene scene = store(waiting(SyncReplication.Mode.MAJORITY, 0));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        long complete = scene.record(put).completeMicros();
        assertThat(complete).isGreaterThan(kthApplied(scene, 2)).isLessThan(kthApplied(scene, 3)).isEqualTo(micros(25));
    }

    @Test
    void syncToOneCopyAcknowledgesAfterTheFastestReplica() {
        Scene scene = store(waiting(SyncReplication.Mode.COUNT, 1));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        assertThat(scene.record(put).completeMicros()).isGreaterThan(kthApplied(scene, 1))
                .isLessThan(kthApplied(scene, 2)).isEqualTo(micros(15));
    }

    @Test
    void asynchronousReplicationAcknowledgesBeforeAnyReplica() {
        Scene scene = store(SyncReplication.ASYNC);
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        assertThat(scene.record(put).completeMicros()).isEqualTo(micros(4)).isLessThan(kthApplied(scene, 1));
    }

    @Test
    void afterASyncToAllAckEveryReplicaAnswersTheNewVersion() {
        Scene scene = store(waiting(SyncReplication.Mode.ALL, 0));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.runTo(36);
        assertThat(scene.finished(put)).isTrue();
        long a = scene.at(36, new Action.Get("bob", KEY, "A", false));
        long b = scene.at(36, new Action.Get("bob", KEY, "B", false));
        long c = scene.at(36, new Action.Get("bob", KEY, "C", false));
        scene.finish();

        assertThat(List.of(a, b, c)).allSatisfy(id -> assertThat(scene.record(id).version()).isEqualTo(1));
    }

    @Test
    void withAReplicaOfflineASyncToAllWriteWaitsUntilItIsBack() {
        Scene scene = store(waiting(SyncReplication.Mode.ALL, 0));
        scene.at(0, new Action.TakeOffline("C"));
        long put = scene.at(1, new Action.Put("alice", KEY, "bio"));
        scene.runTo(5_000);
        assertThat(scene.finished(put)).isFalse();
        assertThat(scene.node("C").queue()).singleElement().satisfies(entry -> assertThat(entry.held()).isTrue());

        scene.at(5_000, new Action.BringOnline("C"));
        scene.finish();

        assertThat(scene.record(put).status()).isEqualTo(200);
        assertThat(scene.record(put).completeMicros()).isGreaterThan(scene.appliedAt("C", KEY, 1));
        assertThat(scene.appliedAt("C", KEY, 1)).isGreaterThanOrEqualTo(micros(5_000));
    }

    @Test
    void withAReplicaOfflineASyncToAllWriteTimesOutWith503YetStillLandsLater() {
        Scene scene = store(new SyncReplication(SyncReplication.Mode.ALL, 0, SyncReplication.OnOffline.TIMEOUT, 50));
        scene.at(0, new Action.TakeOffline("C"));
        long put = scene.at(1, new Action.Put("alice", KEY, "bio"));
        scene.runTo(1_000);

        OperationRecord ack = scene.record(put);
        assertThat(ack.status()).isEqualTo(503);
        assertThat(ack.completeMicros()).isEqualTo(micros(1 + 2 + 50 + 2));
        assertThat(scene.events(TraceEvent.TimedOut.class)).hasSize(1);
        assertThat(scene.node(StoreConfig.PRIMARY).version(KEY)).isEqualTo(1);

        scene.at(1_000, new Action.BringOnline("C"));
        scene.finish();
        assertThat(scene.node("C").version(KEY)).isEqualTo(1);
        assertThat(scene.store.trace().operations()).hasSize(1);
    }

    @Test
    void aMajorityWriteDoesNotNoticeOneReplicaOffline() {
        Scene scene = store(new SyncReplication(SyncReplication.Mode.MAJORITY, 0, SyncReplication.OnOffline.TIMEOUT, 50));
        scene.at(0, new Action.TakeOffline("C"));
        long put = scene.at(1, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        assertThat(scene.record(put).status()).isEqualTo(200);
        assertThat(scene.record(put).completeMicros()).isEqualTo(micros(26));
    }

    @Test
    void syncToAMajorityOnAStoreWithoutReplicasAcknowledgesAtOnce() {
        Scene scene = new Scene(StoreConfig.of(Topology.READ_REPLICAS, 0)
                .withStrategy(Strategy.EVENTUAL.withSync(waiting(SyncReplication.Mode.MAJORITY, 0))));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio"));
        scene.finish();

        assertThat(scene.record(put).status()).isEqualTo(200);
        assertThat(scene.record(put).completeMicros()).isEqualTo(micros(4));
    }

    @Test
    void onSeveralWritableReplicasSyncToAllMakesAReadOnAnotherReplicaFresh() {
        Scene scene = new Scene(Scene.config(Topology.MULTI_WRITER, "const:50", "const:50")
                .withStrategy(Strategy.EVENTUAL.withSync(waiting(SyncReplication.Mode.ALL, 0))));
        long put = scene.at(0, new Action.Put("alice", KEY, "bio", "A"));
        scene.runTo(100);
        long get = scene.at(100, new Action.Get("alice", KEY, "B", false));
        scene.finish();

        assertThat(scene.record(put).completeMicros()).isGreaterThan(scene.appliedAt("B", KEY, 1));
        assertThat(scene.record(get).version()).isEqualTo(1);
    }
}
