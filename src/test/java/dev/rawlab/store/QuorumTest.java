package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The leaderless quorum: a write goes to all N and waits for W acks, a read asks all N, waits for R
 * answers and returns the newest. With N = 3, replica A 500 ms behind, B 1000 ms behind and C 1 ms
 * behind, R = W = 1 reads stale and R = W = 2 (R + W > N) does not.
 */
class QuorumTest {

    private static Scene quorum(int r, int w) {
        return new Scene(Scene.config(Topology.QUORUM, "const:500", "const:1000", "const:1")
                .withStrategy(Strategy.EVENTUAL.withQuorum(r, w)));
    }

    @Test
    void aWriteWithWEqualOneIsAcknowledgedByTheFastestReplica() {
        Scene scene = quorum(1, 1);
        long put = scene.at(0, new Action.Put("alice", "k", "v1"));
        scene.finish();

        OperationRecord ack = scene.record(put);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.node()).isEqualTo(StoreConfig.LOAD_BALANCER);
        assertThat(ack.nodesTouched()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(ack.completeMicros()).isEqualTo(scene.appliedAt("C", "k", 1) + micros(2));
    }

    @Test
    void withRAndWEqualOneAReadRightAfterTheAckCanBeStale() {
        Scene scene = quorum(1, 1);
        scene.at(0, new Action.Put("alice", "k", "v1"));
        long get = scene.at(10, new Action.Get("alice", "k"));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(404);
    }

    @Test
    void withRAndWEqualTwoOfThreeEveryReadAfterTheAckIsFresh() {
        Scene scene = quorum(2, 2);
        long put = scene.at(0, new Action.Put("alice", "k", "v1"));
        long get = scene.at(504, new Action.Get("alice", "k"));
        scene.finish();

        long ackedAt = scene.record(put).completeMicros();
        assertThat(ackedAt).isEqualTo(scene.appliedAt("A", "k", 1) + micros(2)).isLessThanOrEqualTo(micros(504));
        assertThat(scene.record(get).status()).isEqualTo(200);
        assertThat(scene.record(get).completeMicros()).isLessThan(scene.appliedAt("B", "k", 1));
    }

    @Test
    void aQuorumReadReturnsTheNewestOfTheAnswersItWaitedFor() {
        Scene scene = quorum(3, 1);
        scene.at(0, new Action.Put("alice", "k", "v1"));
        long get = scene.at(10, new Action.Get("bob", "k"));
        scene.finish();

        assertThat(scene.record(get).version()).isEqualTo(1);
    }

    @Test
    void aQuorumWriteThatCannotReachWReplicasTimesOutWith503() {
        Scene scene = quorum(1, 3);
        scene.at(0, new Action.TakeOffline("C"));
        long put = scene.at(1, new Action.Put("alice", "k", "v1"));
        scene.finish();

        assertThat(scene.record(put).status()).isEqualTo(503);
    }

    @Test
    void aQuorumReadThatLosesAReplicaOnTheWayAnswers503InsteadOfWaitingForever() {
        Scene scene = new Scene(Scene.config(Topology.QUORUM, "const:1", "const:1", "const:1")
                .withNetwork(Scene.ms("const:5"))
                .withStrategy(Strategy.EVENTUAL.withQuorum(3, 1)
                        .withSync(new SyncReplication(SyncReplication.Mode.ASYNC, 0, SyncReplication.OnOffline.WAIT, 0))));
        long get = scene.at(0, new Action.Get("alice", "k"));
        scene.at(7, new Action.TakeOffline("B"));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(503);
        assertThat(scene.record(get).completeMicros()).isEqualTo(micros(20));
    }

    @Test
    void aQuorumListAfterAQuorumDeleteDoesNotBringTheKeyBack() {
        Scene scene = new Scene(Scene.config(Topology.QUORUM, "const:500", "const:1", "const:1")
                .withStrategy(Strategy.EVENTUAL.withQuorum(2, 2)));
        scene.at(0, new Action.Put("alice", "k", "v1"));
        long delete = scene.at(1_000, new Action.Delete("alice", "k"));
        long list = scene.at(1_010, new Action.ListKeys("bob", ""));
        long get = scene.at(1_010, new Action.Get("bob", "k"));
        scene.finish();

        assertThat(scene.record(delete).completeMicros()).isLessThan(micros(1_010));
        assertThat(scene.appliedAt("A", "k", 2)).as("A still lists k while the read runs").isGreaterThan(scene.record(list).completeMicros());
        assertThat(scene.record(get).status()).isEqualTo(404);
        assertThat(scene.record(list).listed()).isEmpty();
    }

    @Test
    void aQuorumReadWithTooFewReplicasOnlineAnswers503AtOnce() {
        Scene scene = quorum(3, 1);
        scene.at(0, new Action.TakeOffline("A"));
        long get = scene.at(1, new Action.Get("alice", "k"));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(503);
        assertThat(scene.record(get).latencyMicros()).isEqualTo(micros(2));
    }
}
