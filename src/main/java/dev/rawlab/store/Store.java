package dev.rawlab.store;

import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulated replicated store, as the rest of the program sees it. Built from a
 * {@link StoreConfig}; changed only through {@link #apply(Action)}; moved through time by
 * {@link #advanceTo(long)} and {@link #step()}; seen through {@link #snapshot()} and
 * {@link #trace()}. The same config and the same actions at the same times give the same trace.
 */
public final class Store {

    private final Cluster cluster;
    private final Replication replication;
    private final ReadFlow reads;
    private final WriteFlow writes;

    private Store(StoreConfig config, boolean detailedTrace) {
        List<Text> problems = StrategyRules.problems(config.strategy(), config.topology(), config.nodes());
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        this.cluster = new Cluster(config, detailedTrace);
        this.replication = new Replication(cluster);
        this.reads = new ReadFlow(cluster, new GatherFlow(cluster));
        this.writes = new WriteFlow(cluster, replication);
    }

    /** A store recording every internal event in its trace. */
    public static Store create(StoreConfig config) {
        return new Store(config, true);
    }

    /** A store recording only actions and finished operations (for experiments and benchmarks). */
    public static Store createLean(StoreConfig config) {
        return new Store(config, false);
    }

    public StoreConfig config() {
        return cluster.config;
    }

    public long nowMicros() {
        return cluster.now();
    }

    public Strategy strategy() {
        return cluster.strategy;
    }

    public Trace trace() {
        return cluster.trace;
    }

    /** Node ids in display order: the primary first (if any), then A, B, C, ... */
    public List<String> nodeIds() {
        List<String> ids = new ArrayList<>();
        cluster.nodes.forEach(node -> ids.add(node.id));
        return ids;
    }

    /** The time of the next scheduled event, or -1 when the store is quiet. */
    public long nextEventMicros() {
        return cluster.simulation.nextEventMicros().orElse(-1);
    }

    /** Fires the next event; false when nothing is scheduled. */
    public boolean step() {
        return cluster.simulation.step();
    }

    /** Runs every event up to and including {@code micros}, then sets the clock there. */
    public void advanceTo(long micros) {
        cluster.simulation.advanceTo(micros);
    }

    /** Runs events until none is left or the clock would pass {@code limitMicros}; returns whether it went quiet. */
    public boolean runUntilQuiet(long limitMicros) {
        while (cluster.simulation.nextEventMicros().isPresent()) {
            if (cluster.simulation.nextEventMicros().getAsLong() > limitMicros) {
                return false;
            }
            cluster.simulation.step();
        }
        return true;
    }

    public long eventsFired() {
        return cluster.simulation.eventsFired();
    }

    public long messagesSent() {
        return cluster.network.messagesSent();
    }

    /** Applies one action now. A refused action changes nothing but the trace, which records the refusal. */
    public ActionResult apply(Action action) {
        List<Text> problems = ActionRules.problems(action, cluster);
        if (!problems.isEmpty()) {
            List<String> reasons = problems.stream().map(Text::format).toList();
            cluster.record(new TraceEvent.ActionRefused(cluster.now(), action.describe(), reasons));
            return ActionResult.refused(problems);
        }
        ActionResult result = perform(action);
        cluster.record(new TraceEvent.ActionApplied(cluster.now(), action.describe(), result.operationId()));
        return result;
    }

    private ActionResult perform(Action action) {
        if (action instanceof Action.Put put) {
            return startWrite(put.user(), OpKind.PUT, put.key(), put.body(), put.node());
        } else if (action instanceof Action.Delete delete) {
            return startWrite(delete.user(), OpKind.DELETE, delete.key(), null, delete.node());
        } else if (action instanceof Action.Get get) {
            return startRead(get.user(), OpKind.GET, get.key(), get.node(), get.consistent());
        } else if (action instanceof Action.ListKeys list) {
            return startRead(list.user(), OpKind.LIST, list.prefix(), list.node(), false);
        } else if (action instanceof Action.SetStrategy set) {
            cluster.strategy = set.strategy();
        } else if (action instanceof Action.SetLag set) {
            cluster.node(set.node()).lag = set.lag();
        } else if (action instanceof Action.SetNetwork set) {
            cluster.network.delay = set.network();
        } else if (action instanceof Action.TakeOffline off) {
            StoreNode node = cluster.node(off.node());
            replication.takeOffline(node);
            cluster.loadBalancer.reassignAwayFrom(node, cluster.users, this::recordMove);
        } else if (action instanceof Action.BringOnline on) {
            StoreNode node = cluster.node(on.node());
            replication.bringOnline(node);
            cluster.loadBalancer.reassignBackTo(node, cluster.users, this::recordMove);
        } else if (action instanceof Action.SetCache set) {
            cluster.cache.ttlMicros = Math.round(set.ttlMillis() * 1_000);
            cluster.cache.clear();
        }
        return ActionResult.ok();
    }

    private void recordMove(String[] move) {
        cluster.record(new TraceEvent.Reassigned(cluster.now(), move[0], move[1], move[2]));
    }

    private ActionResult startWrite(String user, OpKind kind, String key, String body, String node) {
        UserSession session = cluster.user(user);
        Operation op = new Operation(cluster.nextOperationId(), session, kind, key, body, node, false, 0, cluster.now());
        writes.start(op);
        return ActionResult.started(op.id);
    }

    private ActionResult startRead(String user, OpKind kind, String key, String node, boolean consistentAsked) {
        UserSession session = cluster.user(user);
        boolean consistent = cluster.primary != null && (consistentAsked || cluster.strategy.read() == ReadMode.PRIMARY);
        long token = kind == OpKind.GET && cluster.strategy.versionToken() != TokenMode.OFF ? session.token(key) : 0;
        Operation op = new Operation(cluster.nextOperationId(), session, kind, key, null, node, consistent, token, cluster.now());
        reads.start(op);
        return ActionResult.started(op.id);
    }

    /** An immutable picture of the store now. */
    public StoreSnapshot snapshot() {
        List<StoreSnapshot.NodeView> nodes = new ArrayList<>();
        for (StoreNode node : cluster.nodes) {
            nodes.add(new StoreSnapshot.NodeView(node.id, node.role, node.online, node.lag.text(), node.objects(),
                    node.queue.entries(), node.parkedReads()));
        }
        List<StoreSnapshot.UserView> users = new ArrayList<>();
        for (UserSession user : cluster.users.values()) {
            users.add(new StoreSnapshot.UserView(user.name, user.id, user.acked(), cluster.loadBalancer.assignment(user)));
        }
        List<StoreSnapshot.CacheView> cache = new ArrayList<>();
        for (EdgeCache.Entry entry : cluster.cache.entries(cluster.now())) {
            cache.add(new StoreSnapshot.CacheView(entry.key(), entry.status(), entry.version(), entry.expiresMicros()));
        }
        return new StoreSnapshot(cluster.now(), cluster.topology, cluster.strategy, nodes, cluster.network.inFlight(),
                users, cache, cluster.cache.enabled(), cluster.loadBalancer.lastPick, cluster.network.messagesSent(),
                cluster.trace.operations().size());
    }
}
