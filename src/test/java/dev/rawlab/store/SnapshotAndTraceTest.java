package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the view and the replay rely on: snapshots that never change once taken and show queue
 * entries and messages with their times, a byte-identical trace for the same config and actions,
 * and replication lags that do not depend on the read strategy.
 */
class SnapshotAndTraceTest {

    @Test
    void aSnapshotShowsEachQueueEntryWithItsEnqueueAndApplyTimes() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10", "const:80"));
        long put = scene.at(0, new Action.Put("alice", "avatar.png", "bytes"));
        scene.runTo(5);

        StoreSnapshot.NodeView b = scene.node("B");
        assertThat(b.queue()).singleElement().satisfies(entry -> {
            assertThat(entry.operationId()).isEqualTo(put);
            assertThat(entry.object()).isEqualTo(new StoredObject("avatar.png", 1, "bytes", false));
            assertThat(entry.fromNode()).isEqualTo(StoreConfig.PRIMARY);
            assertThat(entry.enqueueMicros()).isEqualTo(micros(2));
            assertThat(entry.applyMicros()).isEqualTo(micros(82));
            assertThat(entry.held()).isFalse();
        });
        assertThat(b.lag()).isEqualTo("const:80");
        assertThat(scene.node("A").queue()).singleElement().satisfies(entry -> assertThat(entry.applyMicros()).isEqualTo(micros(12)));
    }

    @Test
    void aSnapshotShowsEachMessageInFlightWithItsSendAndArriveTimes() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10").withNetwork(Scene.ms("const:4")));
        long get = scene.at(10, new Action.Get("alice", "k"));
        scene.runTo(11);

        StoreSnapshot snapshot = scene.store.snapshot();
        assertThat(snapshot.nowMicros()).isEqualTo(micros(11));
        assertThat(snapshot.messages()).singleElement().satisfies(message -> {
            assertThat(message.operationId()).isEqualTo(get);
            assertThat(message.kind()).isEqualTo(Message.Kind.REQUEST);
            assertThat(message.from()).isEqualTo("alice");
            assertThat(message.to()).isEqualTo(StoreConfig.LOAD_BALANCER);
            assertThat(message.sendMicros()).isEqualTo(micros(10));
            assertThat(message.arriveMicros()).isEqualTo(micros(14));
            assertThat(message.progress(snapshot.nowMicros())).isEqualTo(0.25);
        });

        scene.runTo(15);
        assertThat(scene.store.snapshot().messages()).singleElement()
                .satisfies(message -> assertThat(message.from()).isEqualTo(StoreConfig.LOAD_BALANCER));
    }

    @Test
    void aSnapshotNeverChangesAfterItIsTaken() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10", "const:80").withCacheTtlMillis(1_000));
        scene.at(0, new Action.Put("alice", "k", "v1"));
        scene.at(5, new Action.Get("bob", "k"));
        scene.runTo(6);
        StoreSnapshot snapshot = scene.store.snapshot();
        String picture = snapshot.toString();

        scene.at(7, new Action.Put("alice", "k", "v2"));
        scene.at(8, new Action.TakeOffline("A"));
        scene.at(9, new Action.SetStrategy(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY)));
        scene.finish();

        assertThat(snapshot.toString()).isEqualTo(picture);
        assertThat(scene.store.snapshot().toString()).isNotEqualTo(picture);
    }

    @Test
    void aSnapshotsListsCannotBeChangedByWhoeverHoldsIt() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:80"));
        scene.at(0, new Action.Put("alice", "k", "v1"));
        scene.runTo(3);
        StoreSnapshot snapshot = scene.store.snapshot();
        StoreSnapshot.NodeView node = snapshot.node("A");
        StoreSnapshot.NodeView primary = snapshot.node(StoreConfig.PRIMARY);

        List<Consumer<StoreSnapshot>> edits = List.of(
                s -> s.nodes().clear(),
                s -> s.messages().clear(),
                s -> s.users().clear(),
                s -> s.cache().clear(),
                s -> node.queue().clear(),
                s -> primary.objects().clear(),
                s -> s.users().get(0).ackedVersions().clear());
        for (Consumer<StoreSnapshot> edit : edits) {
            assertThatThrownBy(() -> edit.accept(snapshot)).isInstanceOf(UnsupportedOperationException.class);
        }
        assertThat(node.queue()).hasSize(1);
        assertThat(primary.objects()).hasSize(1);
    }

    @Test
    void aSnapshotShowsUsersWithTheirAcknowledgedVersionsAndTheCache() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:80").withCacheTtlMillis(1_000));
        scene.at(0, new Action.Put("alice", "k", "v1"));
        scene.at(1, new Action.Put("alice", "j", "v1"));
        scene.at(5, new Action.Put("alice", "k", "v2"));
        scene.at(10, new Action.Get("bob", "k"));
        scene.finish();

        StoreSnapshot snapshot = scene.store.snapshot();
        assertThat(snapshot.users()).extracting(StoreSnapshot.UserView::name).containsExactly("alice", "bob");
        assertThat(snapshot.users().get(0).ackedVersions()).containsExactly(java.util.Map.entry("j", 1L), java.util.Map.entry("k", 2L));
        assertThat(snapshot.cacheEnabled()).isTrue();
        assertThat(snapshot.cache()).singleElement().satisfies(entry -> {
            assertThat(entry.key()).isEqualTo("k");
            assertThat(entry.status()).isEqualTo(404);
            assertThat(entry.expiresMicros()).isEqualTo(micros(15 + 1_000));
        });
        assertThat(snapshot.operationsFinished()).isEqualTo(4);
    }

    /** A run with random lags, random network, random balancing, retries, deletes and a replica going away. */
    private static String busyRun(long seed) {
        StoreConfig config = StoreConfig.of(Topology.OBJECT_STORE, 3)
                .withLags(List.of(Scene.ms("exp:30"), Scene.ms("pareto:5:1.5"), Scene.ms("mix:0.9*const:2+0.1*exp:200")))
                .withNetwork(Scene.ms("uniform:0.2:3"))
                .withCacheTtlMillis(50)
                .withStrategy(Strategy.EVENTUAL.withRetry(RetryPolicy.DEFAULT))
                .withSeed(seed);
        Scene scene = new Scene(config);
        for (int i = 0; i < 60; i++) {
            String key = "k" + (i % 4);
            switch (i % 6) {
                case 0, 3 -> scene.at(7 * i, new Action.Put("alice", key, "b" + i));
                case 1, 4 -> scene.at(7 * i, new Action.Get(i % 4 == 1 ? "alice" : "bob", key));
                case 2 -> scene.at(7 * i, new Action.ListKeys("bob", "k"));
                default -> scene.at(7 * i, new Action.Delete("bob", key));
            }
            if (i == 20) {
                scene.at(7 * i, new Action.TakeOffline("B"));
            } else if (i == 40) {
                scene.at(7 * i, new Action.BringOnline("B"));
            }
        }
        scene.finish();
        return scene.store.trace().text();
    }

    @Test
    void theSameConfigAndActionsGiveAByteIdenticalTrace() {
        String first = busyRun(42);
        String second = busyRun(42);

        assertThat(second).isEqualTo(first);
        assertThat(first.lines().count()).isGreaterThan(300);
    }

    @Test
    void anotherSeedGivesAnotherTrace() {
        assertThat(busyRun(43)).isNotEqualTo(busyRun(42));
    }

    /** Writes and reads at fixed times under {@code strategy}; returns the trace's enqueue lines. */
    private static List<String> enqueuedUnder(Strategy strategy, long seed) {
        StoreConfig config = StoreConfig.of(Topology.OBJECT_STORE, 3)
                .withLags(List.of(Scene.ms("exp:40"), Scene.ms("exp:60"), Scene.ms("uniform:5:120")))
                .withStrategy(strategy)
                .withSeed(seed);
        Scene scene = new Scene(config);
        for (int i = 0; i < 40; i++) {
            scene.at(10 * i, new Action.Put("alice", "k" + (i % 3), "b" + i));
            scene.at(10 * i + 3, new Action.Get("alice", "k" + (i % 3)));
            scene.at(10 * i + 4, new Action.Get("bob", "k" + ((i + 1) % 3)));
        }
        scene.finish();
        return scene.events(TraceEvent.Enqueued.class).stream().map(TraceEvent::line).toList();
    }

    @Test
    void switchingTheReadStrategyDoesNotChangeTheReplicationLagsDrawn() {
        List<String> eventual = enqueuedUnder(Strategy.EVENTUAL, 7);
        List<String> consistent = enqueuedUnder(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY), 7);
        List<String> retrying = enqueuedUnder(Strategy.EVENTUAL.withRetry(new RetryPolicy(4, 20, 2, 0.5)), 7);
        List<String> token = enqueuedUnder(Strategy.EVENTUAL.withVersionToken(TokenMode.REROUTE).withLbPolicy(LbPolicy.ROUND_ROBIN), 7);

        assertThat(eventual).hasSize(120);
        assertThat(consistent).isEqualTo(eventual);
        assertThat(retrying).isEqualTo(eventual);
        assertThat(token).isEqualTo(eventual);
        assertThat(enqueuedUnder(Strategy.EVENTUAL, 8)).isNotEqualTo(eventual);
    }

    @Test
    void eachTraceLineRightAlignsItsTimeInTenCharacters() {
        TraceEvent shortTime = new TraceEvent.TimedOut(1_500, 7);
        TraceEvent longTime = new TraceEvent.TimedOut(123_456_789_012L, 8);

        assertThat(shortTime.line()).isEqualTo("[       1.5 ms] timeout op#7");
        assertThat(longTime.line()).isEqualTo("[123456789.012 ms] timeout op#8");
    }

    @Test
    void aLeanStoreRecordsTheSameOperationsWithoutTheInternalEvents() {
        StoreConfig config = Scene.config(Topology.OBJECT_STORE, "exp:30", "exp:30").withNetwork(Scene.ms("exp:1"));
        Store full = Store.create(config);
        Store lean = Store.createLean(config);
        for (Store store : List.of(full, lean)) {
            for (int i = 0; i < 20; i++) {
                store.advanceTo(micros(5 * i));
                store.apply(i % 2 == 0 ? new Action.Put("alice", "k", "b" + i) : new Action.Get("bob", "k"));
            }
            store.runUntilQuiet(micros(60_000));
        }

        assertThat(lean.trace().operations()).isEqualTo(full.trace().operations());
        assertThat(lean.trace().events()).hasSizeLessThan(full.trace().events().size())
                .noneMatch(TraceEvent::internal);
        assertThat(full.trace().events()).anyMatch(TraceEvent::internal);
    }
}
