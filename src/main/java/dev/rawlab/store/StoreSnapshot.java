package dev.rawlab.store;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable picture of the whole store at one moment, for the view to draw: every node with its
 * objects and replication queue, every message in flight, every user with their acknowledged versions
 * and sticky assignment, the edge cache, and the load balancer's last pick.
 */
public record StoreSnapshot(long nowMicros, Topology topology, Strategy strategy, List<NodeView> nodes,
                            List<Message> messages, List<UserView> users, List<CacheView> cache,
                            boolean cacheEnabled, String lastPick, long messagesSent, int operationsFinished) {

    public StoreSnapshot {
        nodes = List.copyOf(nodes);
        messages = List.copyOf(messages);
        users = List.copyOf(users);
        cache = List.copyOf(cache);
    }

    /** One node: its id, role, whether it is online, its lag, what it holds and what waits in its queue. */
    public record NodeView(String id, NodeRole role, boolean online, String lag, List<StoredObject> objects,
                           List<QueueEntry> queue, int parkedReads) {
        public NodeView {
            objects = List.copyOf(objects);
            queue = List.copyOf(queue);
        }

        /** The version of {@code key} this node holds, 0 if none. */
        public long version(String key) {
            for (StoredObject object : objects) {
                if (object.key().equals(key)) {
                    return object.version();
                }
            }
            return 0;
        }
    }

    /** One user: name, id, the versions their writes were acknowledged with (by key, in key order), and their sticky node. */
    public record UserView(String name, int id, Map<String, Long> ackedVersions, String assignedNode) {
        public UserView {
            ackedVersions = Collections.unmodifiableSortedMap(new TreeMap<>(ackedVersions));
        }
    }

    /** One cached answer and when it expires. */
    public record CacheView(String key, int status, long version, long expiresMicros) {
    }

    /** The node called {@code id}, or null. */
    public NodeView node(String id) {
        for (NodeView node : nodes) {
            if (node.id().equals(id)) {
                return node;
            }
        }
        return null;
    }
}
