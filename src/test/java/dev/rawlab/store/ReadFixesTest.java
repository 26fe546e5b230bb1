package dev.rawlab.store;

import static dev.rawlab.store.Scene.micros;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The read-side fixes on the object store, each against the same hazard: consistent read, version
 * token (wait, reroute, primary), retry with backoff, lazy lookup, store-side strong consistency,
 * and the edge cache that makes things worse.
 */
class ReadFixesTest {

    private static final String KEY = "avatar.png";

    private static Scene objectStore(Strategy strategy, String... lags) {
        return new Scene(Scene.config(Topology.OBJECT_STORE, lags).withStrategy(strategy));
    }

    @Test
    void aConsistentReadGoesToThePrimaryAndSeesTheWriteAtOnce() {
        Scene scene = objectStore(Strategy.EVENTUAL, "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(4, new Action.Get("alice", KEY, null, true));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.servedByPrimary()).isTrue();
        assertThat(scene.routes(get)).containsExactly(StoreConfig.PRIMARY);
    }

    @Test
    void withConsistentReadsSwitchedOnNoReadRightAfterAWriteIsEverStale() {
        Scene scene = objectStore(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY), "exp:50", "exp:50", "exp:50");
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            scene.at(10 * i, new Action.Put("alice", KEY, "v" + (i + 1)));
            reads.add(scene.at(10 * i + 5, new Action.Get("bob", KEY)));
        }
        scene.finish();

        for (int i = 0; i < reads.size(); i++) {
            OperationRecord read = scene.record(reads.get(i));
            assertThat(read.version()).as("read %d", i).isEqualTo(i + 1);
            assertThat(read.servedByPrimary()).isTrue();
        }
    }

    @Test
    void theSameReadsWithoutTheFixAreOftenStale() {
        Scene scene = objectStore(Strategy.EVENTUAL, "exp:50", "exp:50", "exp:50");
        List<Long> reads = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            scene.at(10 * i, new Action.Put("alice", KEY, "v" + (i + 1)));
            reads.add(scene.at(10 * i + 5, new Action.Get("bob", KEY)));
        }
        scene.finish();

        long stale = 0;
        for (int i = 0; i < reads.size(); i++) {
            if (scene.record(reads.get(i)).version() < i + 1) {
                stale++;
            }
        }
        assertThat(stale).isGreaterThan(10);
    }

    @Test
    void aVersionTokenThatWaitsIsHeldOnTheReplicaUntilItAppliesTheWrite() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.WAIT), "const:1", "const:80");
        long put = scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY, "B", false));
        scene.runTo(50);
        assertThat(scene.node("B").parkedReads()).isEqualTo(1);
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.version()).isGreaterThanOrEqualTo(scene.record(put).version());
        assertThat(read.node()).isEqualTo("B");
        assertThat(read.completeMicros()).isEqualTo(scene.appliedAt("B", KEY, 1) + micros(2));
        assertThat(scene.events(TraceEvent.TokenMiss.class)).singleElement()
                .satisfies(miss -> assertThat(miss.tokenVersion()).isEqualTo(1));
    }

    @Test
    void aVersionTokenThatReroutesTriesAnotherReplicaThatHasTheWrite() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.REROUTE), "const:1", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY, "B", false));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.node()).isEqualTo("A");
        assertThat(read.nodesTouched()).containsExactly("B", "A");
    }

    @Test
    void aVersionTokenThatReroutesEndsAtThePrimaryWhenNoReplicaHasTheWrite() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.REROUTE), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.node()).isEqualTo(StoreConfig.PRIMARY);
        assertThat(read.nodesTouched()).hasSize(3).endsWith(StoreConfig.PRIMARY);
    }

    @Test
    void aVersionTokenThatFallsBackGoesStraightToThePrimary() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.PRIMARY), "const:1", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY, "B", false));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.nodesTouched()).containsExactly("B", StoreConfig.PRIMARY);
        assertThat(read.servedByPrimary()).isTrue();
    }

    @Test
    void aVersionTokenCoversOverwritesToo() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.WAIT), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "old"));
        scene.at(200, new Action.Put("alice", KEY, "new"));
        long get = scene.at(205, new Action.Get("alice", KEY, "B", false));
        scene.finish();

        assertThat(scene.record(get).body()).isEqualTo("new");
    }

    @Test
    void aVersionTokenIsTheWritersOwnOtherViewersStillSeeTheOldState() {
        Scene scene = objectStore(Strategy.EVENTUAL.withVersionToken(TokenMode.WAIT), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long bob = scene.at(5, new Action.Get("bob", KEY, "B", false));
        scene.finish();

        assertThat(scene.record(bob).status()).isEqualTo(404);
    }

    @Test
    void retryWithBackoffTurnsA404Into200AndEachWaitGrowsByTheMultiplier() {
        Strategy retry = Strategy.EVENTUAL.withRetry(new RetryPolicy(5, 100, 2, 0));
        Scene scene = objectStore(retry, "const:600", "const:600");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY));
        scene.finish();

        OperationRecord read = scene.record(get);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.attempts()).isEqualTo(4);
        assertThat(scene.events(TraceEvent.RetryScheduled.class))
                .extracting(TraceEvent.RetryScheduled::delayMicros)
                .containsExactly(micros(100), micros(200), micros(400));
        assertThat(read.latencyMicros()).isEqualTo(micros(4 * 4 + 100 + 200 + 400));
    }

    @Test
    void retryGivesUpAfterItsLastAttemptWithThe404() {
        Scene scene = objectStore(Strategy.EVENTUAL.withRetry(new RetryPolicy(3, 10, 3, 0)), "const:600", "const:600");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long get = scene.at(5, new Action.Get("alice", KEY));
        scene.finish();

        assertThat(scene.record(get).status()).isEqualTo(404);
        assertThat(scene.record(get).attempts()).isEqualTo(3);
        assertThat(scene.events(TraceEvent.RetryScheduled.class))
                .extracting(TraceEvent.RetryScheduled::delayMicros).containsExactly(micros(10), micros(30));
    }

    @Test
    void retryWithJitterStaysWithinItsBand() {
        Scene scene = objectStore(Strategy.EVENTUAL.withRetry(new RetryPolicy(4, 100, 2, 0.2)), "const:900", "const:900");
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        scene.at(5, new Action.Get("alice", KEY));
        scene.finish();

        List<Long> delays = scene.events(TraceEvent.RetryScheduled.class).stream().map(TraceEvent.RetryScheduled::delayMicros).toList();
        assertThat(delays).hasSize(3);
        assertThat(delays.get(0)).isBetween(micros(80), micros(120));
        assertThat(delays.get(1)).isBetween(micros(160), micros(240));
        assertThat(delays.get(2)).isBetween(micros(320), micros(480));
    }

    @Test
    void retryDoesNotNoticeAnOldBodyBecauseThatIsA200() {
        Scene scene = objectStore(Strategy.EVENTUAL.withRetry(RetryPolicy.DEFAULT), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "old"));
        scene.at(200, new Action.Put("alice", KEY, "new"));
        long get = scene.at(205, new Action.Get("alice", KEY));
        scene.finish();

        assertThat(scene.record(get).body()).isEqualTo("old");
        assertThat(scene.record(get).attempts()).isEqualTo(1);
    }

    @Test
    void lazyLookupFindsANewRecordOnTheWriteReplicaAtTheCostOfAnExtraHop() {
        Scene plain = new Scene(Scene.config(Topology.READ_REPLICAS, "const:80", "const:80"));
        Scene lazy = new Scene(Scene.config(Topology.READ_REPLICAS, "const:80", "const:80")
                .withStrategy(Strategy.EVENTUAL.withLazyLookup(true)));
        for (Scene scene : List.of(plain, lazy)) {
            scene.at(0, new Action.Put("alice", "post-42", "hello"));
            scene.at(5, new Action.Get("alice", "post-42"));
            scene.finish();
        }

        OperationRecord miss = plain.store.trace().operations().get(1);
        OperationRecord found = lazy.store.trace().operations().get(1);
        assertThat(miss.status()).isEqualTo(404);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.nodesTouched()).hasSize(2).endsWith(StoreConfig.PRIMARY);
        assertThat(found.latencyMicros()).isEqualTo(miss.latencyMicros() + micros(2));
        assertThat(found.messages()).isEqualTo(miss.messages() + 2);
    }

    @Test
    void lazyLookupMissesAnEditBecauseTheOldRecordIsFound() {
        Scene scene = new Scene(Scene.config(Topology.READ_REPLICAS, "const:80", "const:80")
                .withStrategy(Strategy.EVENTUAL.withLazyLookup(true)));
        scene.at(0, new Action.Put("alice", "post-42", "first draft"));
        scene.at(200, new Action.Put("alice", "post-42", "edited"));
        long get = scene.at(205, new Action.Get("alice", "post-42"));
        scene.finish();

        assertThat(scene.record(get).body()).isEqualTo("first draft");
        assertThat(scene.record(get).nodesTouched()).doesNotContain(StoreConfig.PRIMARY);
    }

    @Test
    void storeSideStrongConsistencyAnswersTheNewestVersionFromALaggingReplica() {
        Scene scene = objectStore(Strategy.EVENTUAL.withStrongConsistency(true), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", KEY, "old"));
        scene.at(200, new Action.Put("alice", KEY, "new"));
        scene.at(204, new Action.Put("alice", "fresh.png", "x"));
        long overwrite = scene.at(210, new Action.Get("alice", KEY, "B", false));
        long created = scene.at(210, new Action.Get("bob", "fresh.png", "B", false));
        scene.finish();

        assertThat(scene.record(overwrite).body()).isEqualTo("new");
        assertThat(scene.record(overwrite).node()).isEqualTo("B");
        assertThat(scene.record(created).status()).isEqualTo(200);
        assertThat(scene.record(created).messages()).isEqualTo(6);
    }

    @Test
    void storeSideStrongConsistencyAlsoListsTheNewKey() {
        Scene scene = objectStore(Strategy.EVENTUAL.withStrongConsistency(true), "const:80", "const:80");
        scene.at(0, new Action.Put("alice", "photos/1.jpg", "one"));
        long list = scene.at(5, new Action.ListKeys("alice", "photos/", "B"));
        scene.finish();

        assertThat(scene.record(list).listed()).containsOnlyKeys("photos/1.jpg");
    }

    @Test
    void anEdgeCacheKeepsA404PastConvergenceUntilItsTimeToLiveRunsOut() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:80", "const:80").withCacheTtlMillis(60_000));
        scene.at(0, new Action.Put("alice", KEY, "v1"));
        long first = scene.at(5, new Action.Get("alice", KEY));
        long afterConvergence = scene.at(1_000, new Action.Get("alice", KEY));
        long consistent = scene.at(1_000, new Action.Get("alice", KEY, null, true));
        long afterTtl = scene.at(61_000, new Action.Get("alice", KEY));
        scene.finish();

        assertThat(scene.appliedAt("B", KEY, 1)).isLessThan(micros(1_000));
        assertThat(scene.record(first).status()).isEqualTo(404);
        assertThat(scene.record(afterConvergence).status()).isEqualTo(404);
        assertThat(scene.record(afterConvergence).fromCache()).isTrue();
        assertThat(scene.record(consistent).status()).isEqualTo(200);
        assertThat(scene.record(afterTtl).status()).isEqualTo(200);
        assertThat(scene.record(afterTtl).fromCache()).isFalse();
    }

    @Test
    void anEdgeCacheAlsoKeepsAnOldBody() {
        Scene scene = new Scene(Scene.config(Topology.OBJECT_STORE, "const:10").withCacheTtlMillis(60_000));
        scene.at(0, new Action.Put("alice", KEY, "old"));
        scene.at(100, new Action.Get("bob", KEY));
        scene.at(200, new Action.Put("alice", KEY, "new"));
        long get = scene.at(1_000, new Action.Get("alice", KEY));
        scene.finish();

        assertThat(scene.record(get).body()).isEqualTo("old");
        assertThat(scene.record(get).fromCache()).isTrue();
    }
}
