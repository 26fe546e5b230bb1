package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eventual object store from the sources (a primary, replicas behind a load balancer, 1 ms per
 * message): a 404 right after a PUT, the old body after an overwrite, a LIST without the new key,
 * and every replica agreeing after the window. And the one-node store, which has no hazard at all.
 */
class ObjectStoreTest {

    /** Replica A runs 10 ms behind, replica B 80 ms behind. */
    private final Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10", "const:80"));

    @Test
    void aPutIsAcknowledgedOnceThePrimaryHasItWithoutWaitingForTheReplicas() {
        long put = scene.at(0, new Action.Put("alice", "avatar.png", "v1-bytes"));
        scene.finish();

        OperationRecord ack = scene.record(put);
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.version()).isEqualTo(1);
        assertThat(ack.node()).isEqualTo(StoreConfig.PRIMARY);
        assertThat(ack.completeMicros()).isEqualTo(micros(4));
        assertThat(scene.appliedAt("B", "avatar.png", 1)).isEqualTo(micros(82)).isGreaterThan(ack.completeMicros());
    }

    @Test
    void aGetRightAfterThePutLandingOnTheLaggingReplicaAnswers404() {
        scene.at(0, new Action.Put("alice", "avatar.png", "v1-bytes"));
        long get = scene.at(5, new Action.Get("alice", "avatar.png", "B", false));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.node()).isEqualTo("B");
        assertThat(read.version()).isZero();
        assertThat(read.completeMicros()).isEqualTo(micros(9));
    }

    @Test
    void theSameGetOnTheReplicaThatCaughtUpFindsTheObject() {
        scene.at(0, new Action.Put("alice", "avatar.png", "v1-bytes"));
        long get = scene.at(20, new Action.Get("alice", "avatar.png", "A", false));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(200);
        assertThat(scene.record(get).body()).isEqualTo("v1-bytes");
    }

    @Test
    void anOverwriteReadFromTheLaggingReplicaReturnsTheOldBody() {
        scene.at(0, new Action.Put("alice", "bio", "old bio"));
        long overwrite = scene.at(200, new Action.Put("alice", "bio", "new bio"));
        long get = scene.at(210, new Action.Get("alice", "bio", "B", false));
        scene.finish();

        assertThat(scene.record(overwrite).version()).isEqualTo(2);
        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.body()).isEqualTo("old bio");
    }

    @Test
    void aListFromTheLaggingReplicaOmitsTheNewKeyThatTheUpToDateOneShows() {
        scene.at(0, new Action.Put("alice", "photos/1.jpg", "one"));
        scene.at(200, new Action.Put("alice", "photos/2.jpg", "two"));
        long lagging = scene.at(210, new Action.ListKeys("alice", "photos/", "B"));
        long caughtUp = scene.at(230, new Action.ListKeys("alice", "photos/", "A"));
        scene.finish();

        assertThat(scene.record(lagging).listed()).containsOnlyKeys("photos/1.jpg");
        assertThat(scene.record(caughtUp).listed()).containsOnlyKeys("photos/1.jpg", "photos/2.jpg");
    }

    @Test
    void afterTheWindowEveryReplicaHasConvergedAndEveryReadAgrees() {
        scene.at(0, new Action.Put("alice", "avatar.png", "v1-bytes"));
        scene.at(1, new Action.Put("bob", "notes.txt", "hello"));
        scene.at(2, new Action.Delete("bob", "notes.txt"));
        scene.runTo(100);
        long fromA = scene.at(100, new Action.Get("carol", "avatar.png", "A", false));
        long fromB = scene.at(100, new Action.Get("carol", "avatar.png", "B", false));
        scene.finish();

        StoreSnapshot snapshot = scene.store.snapshot();
        List<StoredObject> primary = snapshot.node(StoreConfig.PRIMARY).objects();
        assertThat(primary).hasSize(2);
        assertThat(snapshot.node("A").objects()).isEqualTo(primary);
        assertThat(snapshot.node("B").objects()).isEqualTo(primary);
        assertThat(snapshot.node("B").queue()).isEmpty();
        assertThat(scene.record(fromA).version()).isEqualTo(1);
        assertThat(scene.record(fromB).version()).isEqualTo(1);
    }

    @Test
    void aDeleteLeavesATombstoneThatAnswers404WithItsVersion() {
        scene.at(0, new Action.Put("alice", "tmp", "x"));
        long delete = scene.at(100, new Action.Delete("alice", "tmp"));
        long fromPrimary = scene.at(110, new Action.Get("alice", "tmp", null, true));
        long lagging = scene.at(110, new Action.Get("alice", "tmp", "B", false));
        scene.finish();

        assertThat(scene.record(delete).version()).isEqualTo(2);
        assertThat(scene.record(fromPrimary).status()).isEqualTo(404);
        assertThat(scene.record(fromPrimary).version()).isEqualTo(2);
        assertThat(scene.record(lagging).status()).isEqualTo(200);
        assertThat(scene.node("B").objects()).containsExactly(new StoredObject("tmp", 2, null, true));
    }

    @Test
    void oneNodeHasNoHazardBecauseReadsAndWritesMeetOnTheSameMachine() {
        Scene single = new Scene(StoreConfig.of(Topology.SINGLE_NODE, 0));
        single.at(0, new Action.Put("alice", "avatar.png", "v1"));
        long get = single.at(4, new Action.Get("alice", "avatar.png"));
        long list = single.at(4, new Action.ListKeys("bob", ""));
        single.finish();

        assertThat(single.store.nodeIds()).containsExactly(StoreConfig.PRIMARY);
        assertThat(single.record(get).status()).isEqualTo(200);
        assertThat(single.record(get).node()).isEqualTo(StoreConfig.PRIMARY);
        assertThat(single.record(list).listed()).containsOnlyKeys("avatar.png");
        assertThat(single.events(TraceEvent.Enqueued.class)).isEmpty();
    }
}
