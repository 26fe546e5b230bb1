package dev.rawlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rawlab.i18n.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An action the store cannot take is refused with a reason, and leaves the store exactly as it was:
 * the same snapshot, the same trace apart from one refusal line, and nothing scheduled.
 */
class RefusedActionsTest {

    /** A store in the middle of things: writes in flight, a replica offline, a queue holding entries. */
    private static Scene busy(Topology topology) {
        Scene scene = new Scene(StoreConfig.of(topology, 3).withLags(List.of(Scene.ms("exp:40"))).withNetwork(Scene.ms("uniform:0.5:3")));
        scene.at(0, new Action.TakeOffline("C"));
        scene.at(1, new Action.Put("alice", "k", "v1"));
        scene.at(2, new Action.Get("bob", "k"));
        scene.at(3, new Action.Put("bob", "j", "v1"));
        scene.runTo(4.5);
        return scene;
    }

    private static void assertRefusedAndUnchanged(Scene scene, Action action, String reasonKey) {
        StoreSnapshot before = scene.store.snapshot();
        String traceBefore = scene.store.trace().text();
        long nextEvent = scene.store.nextEventMicros();
        StoreConfig configBefore = scene.store.config();

        ActionResult result = scene.store.apply(action);

        assertThat(result.accepted()).isFalse();
        assertThat(result.operationId()).isEqualTo(ActionResult.NO_OPERATION);
        assertThat(result.problems()).extracting(Text::key).contains(reasonKey);
        assertThat(scene.store.snapshot()).isEqualTo(before);
        assertThat(scene.store.nextEventMicros()).isEqualTo(nextEvent);
        assertThat(scene.store.config()).isEqualTo(configBefore);
        String traceAfter = scene.store.trace().text();
        assertThat(traceAfter).startsWith(traceBefore);
        String added = traceAfter.substring(traceBefore.length());
        assertThat(added.lines()).singleElement().satisfies(line -> assertThat(line)
                .contains("refused " + action.describe())
                .contains(result.problems().get(0).format(Locale.ROOT)));
    }

    @Test
    void anUnknownNodeIsRefusedAndChangesNothing() {
        Scene scene = busy(Topology.OBJECT_STORE);

        assertRefusedAndUnchanged(scene, new Action.TakeOffline("Z"), "rule.unknownNode");
        assertRefusedAndUnchanged(scene, new Action.Get("alice", "k", "Z", false), "rule.unknownNode");
        assertRefusedAndUnchanged(scene, new Action.SetLag("Z", Scene.ms("const:5")), "rule.unknownNode");
    }

    @Test
    void aConsistentReadWithoutAPrimaryIsRefusedAndChangesNothing() {
        Scene scene = busy(Topology.MULTI_WRITER);

        assertRefusedAndUnchanged(scene, new Action.Get("alice", "k", null, true), "rule.consistentNeedsPrimary");
    }

    @Test
    void aConsistentReadSentToAReplicaIsRefusedAndChangesNothing() {
        Scene scene = busy(Topology.OBJECT_STORE);

        assertRefusedAndUnchanged(scene, new Action.Get("alice", "k", "B", true), "rule.consistentForced");
        assertThat(scene.store.apply(new Action.Get("alice", "k", StoreConfig.PRIMARY, true)).accepted()).isTrue();
    }

    @Test
    void aStrategyThatDoesNotFitTheTopologyIsRefusedAndTheOldOneStays() {
        Scene multi = busy(Topology.MULTI_WRITER);
        assertRefusedAndUnchanged(multi, new Action.SetStrategy(Strategy.EVENTUAL.withRead(ReadMode.PRIMARY)), "rule.consistentNeedsPrimary");
        assertRefusedAndUnchanged(multi, new Action.SetStrategy(Strategy.EVENTUAL.withLazyLookup(true)), "rule.lazyNeedsWriteNode");
        assertRefusedAndUnchanged(multi, new Action.SetStrategy(Strategy.EVENTUAL.withStrongConsistency(true)), "rule.strongNeedsPrimary");

        Scene quorum = busy(Topology.QUORUM);
        assertRefusedAndUnchanged(quorum, new Action.SetStrategy(Strategy.EVENTUAL.withQuorum(4, 1)), "rule.quorumRange");
        assertRefusedAndUnchanged(quorum, new Action.SetStrategy(Strategy.EVENTUAL.withVersionToken(TokenMode.WAIT)), "rule.tokenNotForQuorum");
        assertRefusedAndUnchanged(quorum, new Action.SetStrategy(Strategy.EVENTUAL.withSync(
                new SyncReplication(SyncReplication.Mode.ALL, 0, SyncReplication.OnOffline.WAIT, 0))), "rule.syncNotForQuorum");

        assertThat(multi.store.strategy()).isEqualTo(Strategy.EVENTUAL);
        assertThat(quorum.store.strategy()).isEqualTo(Strategy.EVENTUAL);
    }

    @Test
    void impossibleNodeChangesAreRefusedAndChangeNothing() {
        Scene scene = busy(Topology.OBJECT_STORE);

        assertRefusedAndUnchanged(scene, new Action.TakeOffline(StoreConfig.PRIMARY), "rule.primaryStaysOnline");
        assertRefusedAndUnchanged(scene, new Action.TakeOffline("C"), "rule.alreadyOffline");
        assertRefusedAndUnchanged(scene, new Action.BringOnline("A"), "rule.alreadyOnline");
        assertRefusedAndUnchanged(scene, new Action.Put("alice", "k", "v2", "A"), "rule.writesGoToPrimary");
        assertRefusedAndUnchanged(scene, new Action.SetCache(-1), "rule.cacheTtl");
        assertRefusedAndUnchanged(scene, new Action.Get(" ", "k"), "rule.needUser");
    }

    @Test
    void aPartitionedStoreRefusesARequestForcedOntoAMachineThatDoesNotOwnTheKey() {
        Scene scene = new Scene(StoreConfig.of(Topology.PARTITIONED, 3));
        scene.at(0, new Action.Put("alice", "k", "v1"));
        scene.at(1, new Action.Get("bob", "k"));
        scene.finish();
        String owner = scene.store.snapshot().nodes().stream().filter(node -> node.version("k") > 0)
                .findFirst().orElseThrow().id();
        String other = owner.equals("A") ? "B" : "A";

        assertRefusedAndUnchanged(scene, new Action.Get("alice", "k", other, false), "rule.notTheOwner");
        assertRefusedAndUnchanged(scene, new Action.ListKeys("alice", "", owner), "rule.partitionedListAsksAll");
    }

    @Test
    void aStoreCannotBeBuiltWithAStrategyThatBreaksTheRules() {
        StoreConfig config = StoreConfig.of(Topology.QUORUM, 3).withStrategy(Strategy.EVENTUAL.withQuorum(0, 5));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Store.create(config))
                .isInstanceOfSatisfying(InvalidConfigException.class, e -> assertThat(e.problems())
                        .extracting(Text::key).containsExactly("rule.quorumRange", "rule.quorumRange"));
    }
}
