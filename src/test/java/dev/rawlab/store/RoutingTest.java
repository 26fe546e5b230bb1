package dev.rawlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Where requests go: several writable replicas with a user bouncing between them, sticky routing
 * (odd and even user ids, reassignment when a replica goes offline and comes back), routing by
 * key, and the partitioned store.
 */
class RoutingTest {

    private static final List<UserSpec> FOUR_USERS = List.of(new UserSpec("alice", 1), new UserSpec("bob", 2),
            new UserSpec("carol", 3), new UserSpec("dave", 4));

    private static Scene multiWriter(LbPolicy policy, String... lags) {
        return new Scene(Scene.config(Topology.MULTI_WRITER, lags).withUsers(FOUR_USERS)
                .withStrategy(Strategy.EVENTUAL.withLbPolicy(policy)));
    }

    private static Map<String, String> assignments(Scene scene) {
        return scene.store.snapshot().users().stream()
                .collect(Collectors.toMap(StoreSnapshot.UserView::name, StoreSnapshot.UserView::assignedNode));
    }

    @Test
    void aUserBouncingBetweenWritableReplicasWritesOnOneAndReadsStaleFromTheOther() {
        Scene scene = multiWriter(LbPolicy.ROUND_ROBIN, "const:500", "const:500");
        long put = scene.at(0, new Action.Put("alice", "bio", "new bio"));
        long get = scene.at(10, new Action.Get("alice", "bio"));
        scene.finish();

        assertThat(scene.record(put).node()).isNotEqualTo(scene.record(get).node());
        assertThat(scene.record(get).status()).isEqualTo(404);
    }

    @Test
    void stickyRoutingSendsOddUserIdsToTheFirstReplicaAndEvenIdsToTheSecond() {
        Scene scene = multiWriter(LbPolicy.STICKY, "const:500", "const:500");

        assertThat(assignments(scene)).containsExactlyInAnyOrderEntriesOf(
                Map.of("alice", "A", "bob", "B", "carol", "A", "dave", "B"));
    }

    @Test
    void stickyRoutingKeepsEachUsersWritesAndReadsOnTheirReplicaSoTheyReadTheirOwnWrites() {
        Scene scene = multiWriter(LbPolicy.STICKY, "const:500", "const:500");
        List<long[]> pairs = new ArrayList<>();
        List<String> users = List.of("alice", "bob", "carol", "dave");
        for (int i = 0; i < users.size(); i++) {
            String user = users.get(i);
            long put = scene.at(20 * i, new Action.Put(user, "bio-" + user, "mine"));
            long get = scene.at(20 * i + 10, new Action.Get(user, "bio-" + user));
            pairs.add(new long[] {put, get});
        }
        scene.finish();

        Map<String, String> assigned = assignments(scene);
        for (long[] pair : pairs) {
            OperationRecord put = scene.record(pair[0]);
            OperationRecord get = scene.record(pair[1]);
            assertThat(put.node()).isEqualTo(assigned.get(put.user()));
            assertThat(get.node()).isEqualTo(put.node());
            assertThat(get.status()).as("%s reads their own write", get.user()).isEqualTo(200);
        }
    }

    @Test
    void anotherViewerPinnedElsewhereStillSeesTheWriteLate() {
        Scene scene = multiWriter(LbPolicy.STICKY, "const:500", "const:500");
        scene.at(0, new Action.Put("alice", "bio", "new"));
        long bob = scene.at(10, new Action.Get("bob", "bio"));
        scene.finish();

        assertThat(scene.record(bob).status()).isEqualTo(404);
    }

    @Test
    void takingAReplicaOfflineReassignsItsUsersAndBringingItBackMovesThemHome() {
        Scene scene = multiWriter(LbPolicy.STICKY, "const:10", "const:10");
        scene.at(0, new Action.TakeOffline("A"));
        Map<String, String> whileOffline = assignments(scene);
        scene.at(100, new Action.BringOnline("A"));
        scene.finish();

        assertThat(whileOffline).containsEntry("alice", "B").containsEntry("carol", "B");
        assertThat(assignments(scene)).containsEntry("alice", "A").containsEntry("carol", "A").containsEntry("bob", "B");
        assertThat(scene.events(TraceEvent.Reassigned.class)).extracting(TraceEvent.Reassigned::line).containsExactly(
                "[         0 ms] reassign alice A -> B",
                "[         0 ms] reassign carol A -> B",
                "[       100 ms] reassign alice B -> A",
                "[       100 ms] reassign carol B -> A");
    }

    @Test
    void stickyRoutingBreaksForAMomentWhenAUserIsReassigned() {
        Scene scene = multiWriter(LbPolicy.STICKY, "const:500", "const:500");
        scene.at(0, new Action.Put("alice", "bio", "new"));
        scene.at(10, new Action.TakeOffline("A"));
        long get = scene.at(20, new Action.Get("alice", "bio"));
        scene.finish();

        assertThat(scene.record(get).node()).isEqualTo("B");
        assertThat(scene.record(get).status()).isEqualTo(404);
    }

    @Test
    void routingByKeySendsEveryRequestForAKeyToOneReplica() {
        Scene scene = multiWriter(LbPolicy.BY_KEY, "const:500", "const:500", "const:500");
        List<Long> ops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String user = FOUR_USERS.get(i % 4).name();
            ops.add(scene.at(10 * i, i % 2 == 0 ? new Action.Put(user, "cart", "v" + i) : new Action.Get(user, "cart")));
        }
        scene.finish();

        assertThat(ops.stream().map(id -> scene.record(id).node()).distinct()).hasSize(1);
        assertThat(ops.stream().filter(id -> scene.record(id).op() == OpKind.GET))
                .allSatisfy(id -> assertThat(scene.record(id).status()).isEqualTo(200));
    }

    @Test
    void aPartitionedStoreKeepsEachKeyOnOneMachineSoEveryReadIsFresh() {
        Scene scene = new Scene(StoreConfig.of(Topology.PARTITIONED, 3).withUsers(FOUR_USERS));
        List<String> keys = List.of("k1", "k2", "k3", "k4", "k5", "k6");
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            scene.at(10 * i, new Action.Put("alice", keys.get(i), "x"));
            reads.add(scene.at(10 * i + 4, new Action.Get("bob", keys.get(i))));
        }
        long list = scene.at(100, new Action.ListKeys("carol", "k"));
        scene.finish();

        assertThat(reads).allSatisfy(id -> assertThat(scene.record(id).status()).isEqualTo(200));
        assertThat(scene.record(list).listed()).containsOnlyKeys(keys);
        StoreSnapshot snapshot = scene.store.snapshot();
        for (String key : keys) {
            long holders = snapshot.nodes().stream().filter(node -> node.version(key) > 0).count();
            assertThat(holders).as("machines holding %s", key).isEqualTo(1);
        }
        assertThat(scene.events(TraceEvent.Enqueued.class)).isEmpty();
        assertThat(snapshot.nodes().stream().map(node -> node.objects().size()).filter(n -> n > 0)).hasSizeGreaterThan(1);
    }

    @Test
    void aPartitionedStoreAnswers503ForAKeyWhoseMachineIsOffline() {
        Scene scene = new Scene(StoreConfig.of(Topology.PARTITIONED, 3));
        scene.at(0, new Action.Put("alice", "k1", "x"));
        scene.runTo(10);
        String owner = scene.record(1).node();
        scene.at(10, new Action.TakeOffline(owner));
        long get = scene.at(11, new Action.Get("alice", "k1"));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(503);
    }
}
