package dev.rawlab.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The oracle of the property test, read from the store's own trace: which reads are stale under
 * which fix, and whether the store converged without losing an acknowledged write. A write is
 * acknowledged when its record has status 200; it counts against a read only if it finished before
 * the read began (in the trace's order). A fix's property is checked only on reads (and writes)
 * during which that fix was in force from start to end, with no edge cache in the way.
 */
final class StoreInvariants {

    static final String NO_CRASH = "the store never throws";
    static final String QUIET = "every run goes quiet and every operation finishes";
    static final String REFUSALS = "a refused action changes nothing";
    static final String CONVERGENCE = "once queues drain every copy is equal and nothing acknowledged is lost";
    static final String CONSISTENT = "consistent reads are never stale";
    static final String TOKEN = "version-token reads never return older than the reader's own acknowledged version";
    static final String SYNC_ALL = "reads under sync-all replication are never stale";
    static final String STICKY = "sticky routing on writable replicas keeps read-your-writes while nobody is reassigned";
    static final String LAZY = "lazy lookup never answers 404 for a key whose newest acknowledged write is a PUT";
    static final String PARTITIONED = "a partitioned store is never stale";
    static final String QUORUM = "quorum reads with R + W > N are never stale";
    static final String STRONG = "store-side strong consistency is never stale";
    static final String SINGLE = "a single node is never stale";
    static final String DETERMINISM = "the same seed gives a byte-identical trace";

    /** One broken property and what broke it. */
    record Violation(String property, String detail) {
    }

    /** Not a property: every read, whatever fix was in force; used to show that the oracle does see stale reads. */
    static final String ANY_READ = "any read (expected to be stale at times)";

    private final PropertyRun run;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, Integer> checked;

    private StoreInvariants(PropertyRun run, Map<String, Integer> checked) {
        this.run = run;
        this.checked = checked;
    }

    static List<Violation> check(PropertyRun run) {
        return check(run, new TreeMap<>());
    }

    /** Checks every property; adds to {@code checked} how many reads each read property looked at. */
    static List<Violation> check(PropertyRun run, Map<String, Integer> checked) {
        StoreInvariants invariants = new StoreInvariants(run, checked);
        invariants.checkAll();
        return invariants.violations;
    }

    /** The stale reads of a run judged with no precondition at all (eventual stores have plenty). */
    static List<Violation> staleReadsWithoutAnyFix(PropertyRun run) {
        StoreInvariants invariants = new StoreInvariants(run, new TreeMap<>());
        invariants.reads(ANY_READ, r -> true, w -> true, (r, w) -> true);
        return invariants.violations;
    }

    private void checkAll() {
        if (run.crash != null) {
            violations.add(new Violation(NO_CRASH, run.crash.toString()));
            return;
        }
        run.refusalChanges.forEach(change -> violations.add(new Violation(REFUSALS, change)));
        checkQuiet();
        if (run.quiet) {
            checkConvergence();
        }
        Topology topology = run.config.topology();
        boolean primary = topology.hasPrimary();
        int n = run.config.nodes();
        Predicate<PropertyRun.Op> any = w -> true;

        reads(CONSISTENT, r -> primary && consistent(r), any, (r, w) -> true);
        reads(TOKEN, r -> isGet(r) && r.steadyRegime() && r.strategy.versionToken() != TokenMode.OFF, any,
                (r, w) -> w.record.user().equals(r.record.user()));
        reads(SYNC_ALL, r -> steadyWithoutCache(r) && r.strategy.sync().mode() == SyncReplication.Mode.ALL,
                w -> w.steadyRegime() && w.strategy.sync().mode() == SyncReplication.Mode.ALL, (r, w) -> true);
        reads(STICKY, r -> topology == Topology.MULTI_WRITER && isGet(r) && steadyWithoutCache(r)
                        && r.strategy.lbPolicy() == LbPolicy.STICKY && r.forcedNode() == null,
                w -> w.steadyRegime() && w.strategy.lbPolicy() == LbPolicy.STICKY && w.forcedNode() == null,
                (r, w) -> w.record.user().equals(r.record.user()) && w.reassignsAtInvoke == r.reassignsAtFinish);
        lazyLookup(primary);
        reads(PARTITIONED, r -> topology == Topology.PARTITIONED && steadyWithoutCache(r), any, (r, w) -> true);
        reads(QUORUM, r -> topology == Topology.QUORUM && steadyWithoutCache(r), PropertyRun.Op::steadyRegime,
                (r, w) -> r.strategy.readQuorum() + w.strategy.writeQuorum() > n);
        reads(STRONG, r -> primary && steadyWithoutCache(r) && r.strategy.strongConsistency(), any, (r, w) -> true);
        reads(SINGLE, r -> topology == Topology.SINGLE_NODE && steadyWithoutCache(r), any, (r, w) -> true);
    }

    private void checkQuiet() {
        if (!run.quiet) {
            violations.add(new Violation(QUIET, "still busy after " + PropertyRun.QUIET_LIMIT_MICROS + " us of quiescence"));
        }
        for (PropertyRun.Op op : run.ops.values()) {
            if (!op.finished()) {
                violations.add(new Violation(QUIET, "never finished: " + op));
            }
        }
    }

    /** At quiescence: queues empty, every copy equal, every copy at the newest version written, no acked write lost. */
    private void checkConvergence() {
        StoreSnapshot end = run.finalSnapshot;
        for (StoreSnapshot.NodeView node : end.nodes()) {
            if (!node.queue().isEmpty() || node.parkedReads() > 0) {
                violations.add(new Violation(CONVERGENCE, node.id() + " still has " + node.queue().size()
                        + " queued writes and " + node.parkedReads() + " parked reads"));
            }
        }
        boolean replicated = run.config.topology().replicates();
        if (replicated) {
            List<StoredObject> first = end.nodes().get(0).objects();
            for (StoreSnapshot.NodeView node : end.nodes()) {
                if (!node.objects().equals(first)) {
                    violations.add(new Violation(CONVERGENCE, node.id() + " holds " + node.objects() + " but "
                            + end.nodes().get(0).id() + " holds " + first));
                }
            }
        }
        Map<String, PropertyRun.Op> newest = new TreeMap<>();
        for (PropertyRun.Op op : run.byFinish) {
            OperationRecord w = op.record;
            if (w.op().isWrite() && w.version() > 0) {
                newest.merge(w.key(), op, (a, b) -> a.record.version() >= b.record.version() ? a : b);
                if (w.ok()) {
                    for (String holder : holders(w)) {
                        if (end.node(holder).version(w.key()) < w.version()) {
                            violations.add(new Violation(CONVERGENCE, "acknowledged write lost on " + holder + ": " + op));
                        }
                    }
                }
            }
        }
        for (PropertyRun.Op op : newest.values()) {
            for (String holder : holders(op.record)) {
                long has = end.node(holder).version(op.record.key());
                if (has != op.record.version()) {
                    violations.add(new Violation(CONVERGENCE, holder + " ends with v" + has + " of " + op.record.key()
                            + " but the newest write is " + op));
                }
            }
        }
    }

    /** The nodes that must end up holding a write: every node of a replicated store, else the node that took it. */
    private List<String> holders(OperationRecord write) {
        if (run.config.topology().replicates()) {
            return run.finalSnapshot.nodes().stream().map(StoreSnapshot.NodeView::id).toList();
        }
        return List.of(write.node());
    }

    private static boolean isGet(PropertyRun.Op op) {
        return op.record.op() == OpKind.GET;
    }

    private static boolean steadyWithoutCache(PropertyRun.Op op) {
        return op.steadyRegime() && !op.cacheOn;
    }

    /** A read the store sends to the primary: asked consistent, or every read under read=primary; not forced elsewhere. */
    private static boolean consistent(PropertyRun.Op op) {
        String forced = op.forcedNode();
        if (forced != null && !forced.equals(StoreConfig.PRIMARY)) {
            return false;
        }
        boolean asked = op.action instanceof Action.Get get && get.consistent();
        return asked || op.strategy.read() == ReadMode.PRIMARY;
    }

    /**
     * For every finished read (GET or LIST, not 503) that {@code readFilter} selects: no acknowledged
     * write that finished before it began, passes {@code writeFilter} and {@code pair}, may be newer
     * than what it returned.
     */
    private void reads(String property, Predicate<PropertyRun.Op> readFilter, Predicate<PropertyRun.Op> writeFilter,
                       BiPredicate<PropertyRun.Op, PropertyRun.Op> pair) {
        for (PropertyRun.Op read : run.byFinish) {
            OperationRecord r = read.record;
            if (!r.op().isRead() || r.status() == 503 || !readFilter.test(read)) {
                continue;
            }
            checked.merge(property, 1, Integer::sum);
            Map<String, PropertyRun.Op> bar = newestAckedBefore(read, w -> writeFilter.test(w) && pair.test(read, w));
            if (r.op() == OpKind.GET) {
                PropertyRun.Op write = bar.get(r.key());
                if (write != null && r.version() < write.record.version()) {
                    violations.add(new Violation(property, "stale read " + read + "; acknowledged before it began: " + write));
                }
            } else {
                checkListing(property, read, bar);
            }
        }
    }

    private void checkListing(String property, PropertyRun.Op read, Map<String, PropertyRun.Op> bar) {
        for (Map.Entry<String, PropertyRun.Op> entry : bar.entrySet()) {
            OperationRecord write = entry.getValue().record;
            Long listed = read.record.listed().get(entry.getKey());
            if (listed != null && listed < write.version()) {
                violations.add(new Violation(property, "listing shows an old version: " + read + "; acknowledged before it: " + entry.getValue()));
            } else if (listed == null && write.op() == OpKind.PUT && !deletedAfter(write.key(), write.version())) {
                violations.add(new Violation(property, "listing misses a key: " + read + "; acknowledged before it: " + entry.getValue()));
            }
        }
    }

    /** Whether any DELETE of {@code key} reached a node with a version above {@code version}. */
    private boolean deletedAfter(String key, long version) {
        return run.byFinish.stream().anyMatch(op -> op.record.op() == OpKind.DELETE && op.record.key().equals(key)
                && op.record.version() > version);
    }

    /** Per key (the read's key, or every key under a LIST's prefix): the newest acked write finished before {@code read} began. */
    private Map<String, PropertyRun.Op> newestAckedBefore(PropertyRun.Op read, Predicate<PropertyRun.Op> filter) {
        Map<String, PropertyRun.Op> newest = new TreeMap<>();
        OperationRecord r = read.record;
        for (int i = 0; i < read.finishedBeforeInvoke; i++) {
            PropertyRun.Op write = run.byFinish.get(i);
            OperationRecord w = write.record;
            boolean sameKey = r.op() == OpKind.GET ? w.key().equals(r.key()) : w.key().startsWith(r.key());
            if (w.op().isWrite() && w.ok() && sameKey && filter.test(write)) {
                newest.merge(w.key(), write, (a, b) -> a.record.version() >= b.record.version() ? a : b);
            }
        }
        return newest;
    }

    /** Lazy lookup: a 404 is wrong when the newest write acknowledged before the read began is a PUT. */
    private void lazyLookup(boolean primary) {
        for (PropertyRun.Op read : run.byFinish) {
            OperationRecord r = read.record;
            if (!primary || r.op() != OpKind.GET || r.status() != 404 || !steadyWithoutCache(read) || !read.strategy.lazyLookup()) {
                continue;
            }
            checked.merge(LAZY, 1, Integer::sum);
            PropertyRun.Op write = newestAckedBefore(read, w -> true).get(r.key());
            if (write != null && write.record.op() == OpKind.PUT && r.version() < write.record.version()) {
                violations.add(new Violation(LAZY, "404 " + read + "; acknowledged PUT before it began: " + write));
            }
        }
    }
}
