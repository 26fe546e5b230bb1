package dev.rawlab.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * Picks the node that serves a request, by policy: random, round robin, sticky by user, or by key.
 * Keeps the sticky assignment table (user to node; odd ids to the first node, even to the second by
 * default) and reassigns users when their node goes offline or comes back.
 */
final class LoadBalancer {

    private final RandomGenerator random;
    private final List<StoreNode> pool;
    private final TreeMap<String, String> assignments = new TreeMap<>();
    private long roundRobin;
    String lastPick;

    /** @param pool every node this balancer may send to, in order, online or not */
    LoadBalancer(RandomGenerator random, List<StoreNode> pool) {
        this.random = random;
        this.pool = List.copyOf(pool);
    }

    List<StoreNode> pool() {
        return pool;
    }

    /**
     * Picks among {@code candidates} (online, not yet tried; a subset of the pool, in pool order).
     * Returns null when there is none.
     */
    StoreNode pick(LbPolicy policy, UserSession user, String key, List<StoreNode> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        StoreNode chosen = switch (policy) {
            case RANDOM -> candidates.get(random.nextInt(candidates.size()));
            case ROUND_ROBIN -> candidates.get((int) Math.floorMod(roundRobin++, (long) candidates.size()));
            case STICKY -> firstFrom(byId(assignment(user)), candidates);
            case BY_KEY -> firstFrom(owner(key), candidates);
        };
        lastPick = chosen.id;
        return chosen;
    }

    /** The node the key hashes to, among the whole pool (String.hashCode is fixed by the Java spec). */
    StoreNode owner(String key) {
        return pool.get(Math.floorMod(key.hashCode(), pool.size()));
    }

    /** {@code preferred} if it is a candidate, else the next candidate after it in pool order. */
    private StoreNode firstFrom(StoreNode preferred, List<StoreNode> candidates) {
        int start = pool.indexOf(preferred);
        for (int step = 0; step < pool.size(); step++) {
            StoreNode node = pool.get((start + step) % pool.size());
            if (candidates.contains(node)) {
                return node;
            }
        }
        return candidates.get(0);
    }

    private StoreNode byId(String id) {
        for (StoreNode node : pool) {
            if (node.id.equals(id)) {
                return node;
            }
        }
        return pool.get(0);
    }

    /** The user's assigned node id, assigning by default (id - 1 modulo pool size) on first sight. */
    String assignment(UserSession user) {
        return assignments.computeIfAbsent(user.name, name -> firstOnlineFrom(defaultNode(user.id)).id);
    }

    private StoreNode defaultNode(int userId) {
        return pool.get(Math.floorMod(userId - 1, pool.size()));
    }

    private StoreNode firstOnlineFrom(StoreNode preferred) {
        int start = pool.indexOf(preferred);
        for (int step = 0; step < pool.size(); step++) {
            StoreNode node = pool.get((start + step) % pool.size());
            if (node.online) {
                return node;
            }
        }
        return preferred;
    }

    /** {@code node} went offline: every user assigned to it moves to the next online node. */
    void reassignAwayFrom(StoreNode node, Map<String, UserSession> users, Consumer<String[]> onMove) {
        for (Map.Entry<String, String> entry : new ArrayList<>(assignments.entrySet())) {
            if (entry.getValue().equals(node.id)) {
                String to = firstOnlineFrom(node).id;
                if (!to.equals(node.id)) {
                    assignments.put(entry.getKey(), to);
                    onMove.accept(new String[] {entry.getKey(), node.id, to});
                }
            }
        }
    }

    /** {@code node} is back: users whose default node it is move back to it. */
    void reassignBackTo(StoreNode node, Map<String, UserSession> users, Consumer<String[]> onMove) {
        for (UserSession user : users.values()) {
            String current = assignments.get(user.name);
            if (current != null && defaultNode(user.id) == node && !current.equals(node.id)) {
                assignments.put(user.name, node.id);
                onMove.accept(new String[] {user.name, current, node.id});
            }
        }
    }

    Map<String, String> assignments() {
        return new TreeMap<>(assignments);
    }
}
