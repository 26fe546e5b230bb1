package dev.rawlab.store;

import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether an action can be applied to the store as it is now, and says why not: unknown
 * nodes, a forced node that cannot serve the request, a consistent read where there is no primary,
 * a strategy that breaks the rules of the topology, a node already offline, and so on.
 */
final class ActionRules {

    private ActionRules() {
    }

    static List<Text> problems(Action action, Cluster cluster) {
        List<Text> problems = new ArrayList<>();
        if (action instanceof Action.Put put) {
            requireUserAndKey(put.user(), put.key(), problems);
            checkWriteNode(put.node(), put.key(), cluster, problems);
        } else if (action instanceof Action.Delete delete) {
            requireUserAndKey(delete.user(), delete.key(), problems);
            checkWriteNode(delete.node(), delete.key(), cluster, problems);
        } else if (action instanceof Action.Get get) {
            requireUserAndKey(get.user(), get.key(), problems);
            if (get.consistent() && cluster.primary == null) {
                problems.add(Text.of("rule.consistentNeedsPrimary", cluster.topology.fileName()));
            } else if (get.consistent() && get.node() != null && !get.node().equals(StoreConfig.PRIMARY)) {
                problems.add(Text.of("rule.consistentForced", get.node()));
            }
            checkReadNode(get.node(), get.key(), cluster, problems);
        } else if (action instanceof Action.ListKeys list) {
            requireUserAndKey(list.user(), "-", problems);
            if (list.node() != null && cluster.topology == Topology.PARTITIONED) {
                problems.add(Text.of("rule.partitionedListAsksAll"));
            } else {
                checkReadNode(list.node(), null, cluster, problems);
            }
        } else if (action instanceof Action.SetStrategy set) {
            problems.addAll(StrategyRules.problems(set.strategy(), cluster.topology, cluster.copies.size()));
        } else if (action instanceof Action.SetLag set) {
            StoreNode node = requireNode(set.node(), cluster, problems);
            if (node != null && (node == cluster.primary || !cluster.topology.replicates())) {
                problems.add(Text.of("rule.noQueue", set.node()));
            }
        } else if (action instanceof Action.TakeOffline off) {
            StoreNode node = requireNode(off.node(), cluster, problems);
            if (node != null && node == cluster.primary) {
                problems.add(Text.of("rule.primaryStaysOnline"));
            } else if (node != null && !node.online) {
                problems.add(Text.of("rule.alreadyOffline", node.id));
            }
        } else if (action instanceof Action.BringOnline on) {
            StoreNode node = requireNode(on.node(), cluster, problems);
            if (node != null && node.online) {
                problems.add(Text.of("rule.alreadyOnline", node.id));
            }
        } else if (action instanceof Action.SetCache set) {
            if (!(set.ttlMillis() >= 0) || Double.isInfinite(set.ttlMillis())) {
                problems.add(Text.of("rule.cacheTtl", String.valueOf(set.ttlMillis())));
            }
        }
        return problems;
    }

    private static void requireUserAndKey(String user, String key, List<Text> problems) {
        if (user == null || user.isBlank()) {
            problems.add(Text.of("rule.needUser"));
        }
        if (key == null || key.isBlank()) {
            problems.add(Text.of("rule.needKey"));
        }
    }

    private static StoreNode requireNode(String id, Cluster cluster, List<Text> problems) {
        StoreNode node = id == null ? null : cluster.node(id);
        if (node == null) {
            problems.add(Text.of("rule.unknownNode", String.valueOf(id), String.join(", ", cluster.byIdSorted())));
        }
        return node;
    }

    private static void checkWriteNode(String id, String key, Cluster cluster, List<Text> problems) {
        if (id == null) {
            return;
        }
        StoreNode node = requireNode(id, cluster, problems);
        if (node == null) {
            return;
        }
        switch (cluster.topology) {
            case QUORUM -> problems.add(Text.of("rule.quorumNoForcing"));
            case PARTITIONED -> {
                if (key != null && cluster.owner(key) != node) {
                    problems.add(Text.of("rule.notTheOwner", key, cluster.owner(key).id));
                }
            }
            case MULTI_WRITER -> {
            }
            default -> {
                if (node != cluster.primary) {
                    problems.add(Text.of("rule.writesGoToPrimary", id));
                }
            }
        }
    }

    private static void checkReadNode(String id, String key, Cluster cluster, List<Text> problems) {
        if (id == null) {
            return;
        }
        StoreNode node = requireNode(id, cluster, problems);
        if (node == null) {
            return;
        }
        if (cluster.topology == Topology.QUORUM) {
            problems.add(Text.of("rule.quorumNoForcing"));
        } else if (cluster.topology == Topology.PARTITIONED && key != null && cluster.owner(key) != node) {
            problems.add(Text.of("rule.notTheOwner", key, cluster.owner(key).id));
        }
    }
}
