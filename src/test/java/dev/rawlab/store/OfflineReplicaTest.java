package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A replica taken offline: its queue grows with held entries, the load balancer skips it, and back online it drains. */
class OfflineReplicaTest {

    private final Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10", "const:10"));

    @Test
    void anOfflineReplicasQueueGrowsWithHeldEntriesWhileTheOthersDrain() {
        scene.at(0, new Action.TakeOffline("B"));
        for (int i = 1; i <= 3; i++) {
            scene.at(i, new Action.Put("alice", "k" + i, "x"));
        }
        scene.runTo(50);

        StoreSnapshot.NodeView b = scene.node("B");
        assertThat(b.online()).isFalse();
        assertThat(b.queue()).hasSize(3).allSatisfy(entry -> assertThat(entry.held()).isTrue());
        assertThat(b.queue()).extracting(entry -> entry.object().key()).containsExactly("k1", "k2", "k3");
        assertThat(b.objects()).isEmpty();
        assertThat(scene.node("A").queue()).isEmpty();
        assertThat(scene.node("A").objects()).hasSize(3);
    }

    @Test
    void theLoadBalancerSkipsAnOfflineReplica() {
        scene.at(0, new Action.TakeOffline("B"));
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reads.add(scene.at(1 + i, new Action.Get("bob", "k")));
        }
        scene.finish();

        assertThat(reads).allSatisfy(id -> assertThat(scene.record(id).node()).isEqualTo("A"));
    }

    @Test
    void backOnlineTheReplicaDrainsItsBacklogInOrderAndCatchesUp() {
        scene.at(0, new Action.TakeOffline("B"));
        for (int i = 1; i <= 3; i++) {
            scene.at(i, new Action.Put("alice", "k" + i, "x"));
        }
        scene.at(100, new Action.BringOnline("B"));
        StoreSnapshot.NodeView draining = scene.node("B");
        scene.finish();

        assertThat(draining.queue()).extracting(QueueEntry::applyMicros)
                .containsExactly(micros(102), micros(104), micros(106));
        assertThat(scene.node("B").queue()).isEmpty();
        assertThat(scene.node("B").objects()).isEqualTo(scene.node(StoreConfig.PRIMARY).objects());
        assertThat(scene.appliedAt("B", "k3", 1)).isEqualTo(micros(106));
    }

    @Test
    void aReadForcedOntoAnOfflineReplicaAnswers503() {
        scene.at(0, new Action.TakeOffline("B"));
        long get = scene.at(1, new Action.Get("alice", "k", "B", false));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(503);
    }

    @Test
    void aWriteArrivingWhileAReplicaIsOfflineReachesItOnlyAfterItIsBack() {
        scene.at(0, new Action.TakeOffline("B"));
        scene.at(1, new Action.Put("alice", "k", "x"));
        scene.runTo(500);
        long stale = scene.at(500, new Action.Get("bob", "k", "B", false));
        scene.runTo(600);
        scene.at(600, new Action.BringOnline("B"));
        long fresh = scene.at(700, new Action.Get("bob", "k", "B", false));
        scene.finish();

        assertThat(scene.record(stale).status()).isEqualTo(503);
        assertThat(scene.record(fresh).status()).isEqualTo(200);
    }
}
