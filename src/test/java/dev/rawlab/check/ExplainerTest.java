package dev.rawlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.Store;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The plain-words captions for anomalies, on real runs, in English. */
class ExplainerTest {

    private static String explain(Store store, long operationId) {
        store.runUntilQuiet(Micros.ofMillis(600_000));
        CheckReport report = Checker.check(store.trace());
        CheckedOperation checked = report.operations().stream().filter(c -> c.operation().id() == operationId).findFirst().orElseThrow();
        return Explainer.explain(checked, store.trace()).map(text -> text.format(Locale.ENGLISH)).orElse("");
    }

    private static Store avatarStore(double cacheTtlMillis) {
        return Store.create(StoreConfig.of(Topology.OBJECT_STORE, 2)
                .withLags(List.of(LatencyDistribution.parse("const:10"), LatencyDistribution.parse("const:80")))
                .withCacheTtlMillis(cacheTtlMillis));
    }

    @Test
    void theAvatarStoryNamesTheReplicaItsLagAndTheVersionStillQueued() {
        Store store = avatarStore(0);
        store.apply(new Action.Put("alice", "avatar.png", "cat.png"));
        store.advanceTo(Micros.ofMillis(5));
        long get = store.apply(new Action.Get("alice", "avatar.png", "B", false)).operationId();

        assertThat(explain(store, get)).isEqualTo("GET avatar.png hit replica B, which is 80 ms behind: v1 is still in its queue,"
                + " so it answered 404. This was alice's own write: a read-your-writes violation.");
    }

    @Test
    void aFreshReadNeedsNoExplanation() {
        Store store = avatarStore(0);
        store.apply(new Action.Put("alice", "avatar.png", "cat.png"));
        store.advanceTo(Micros.ofMillis(200));
        long get = store.apply(new Action.Get("alice", "avatar.png")).operationId();

        assertThat(explain(store, get)).isEmpty();
    }

    @Test
    void aCached404IsBlamedOnTheCacheWithItsExpiry() {
        Store store = avatarStore(60_000);
        store.apply(new Action.Put("alice", "avatar.png", "cat.png"));
        store.advanceTo(Micros.ofMillis(5));
        store.apply(new Action.Get("alice", "avatar.png", "B", false));
        store.advanceTo(Micros.ofMillis(1_000));
        long late = store.apply(new Action.Get("alice", "avatar.png")).operationId();

        String text = explain(store, late);

        // The 404 was stored at 10 ms (five 1 ms hops: user, cache, lb, B, lb, cache) for 60 s.
        assertThat(text).startsWith("GET avatar.png was answered by the edge cache with a 404 it kept from earlier.")
                .contains("until 60010 ms");
    }

    @Test
    void anotherViewerIsToldTheWriteWasSomeoneElses() {
        Store store = avatarStore(0);
        store.apply(new Action.Put("alice", "avatar.png", "cat.png"));
        store.advanceTo(Micros.ofMillis(5));
        long get = store.apply(new Action.Get("bob", "avatar.png", "B", false)).operationId();

        assertThat(explain(store, get)).endsWith("The write was alice's, not bob's: another viewer seeing it a moment later is usually acceptable.");
    }

    @Test
    void aStaleReadThatGoesBackBehindWhatTheReaderSawSaysSoToo() {
        Store store = avatarStore(0);
        store.apply(new Action.Put("alice", "avatar.png", "cat.png"));
        store.advanceTo(Micros.ofMillis(20));
        store.apply(new Action.Get("bob", "avatar.png", "A", false));
        store.advanceTo(Micros.ofMillis(30));
        long back = store.apply(new Action.Get("bob", "avatar.png", "B", false)).operationId();

        assertThat(explain(store, back)).startsWith("GET avatar.png hit replica B, which is 80 ms behind")
                .endsWith("bob had already seen v1 of avatar.png; this read went back in time to a 404.");
    }
}
