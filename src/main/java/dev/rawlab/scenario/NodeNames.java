package dev.rawlab.scenario;

import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Topology;
import java.util.ArrayList;
import java.util.List;

/**
 * The node ids a store of a topology and size will have, known before the store is built: the
 * primary (if the topology has one), then A, B, C, ...
 */
record NodeNames(List<String> all) {

    static NodeNames of(Topology topology, int nodes) {
        List<String> ids = new ArrayList<>();
        if (topology.hasPrimary()) {
            ids.add(StoreConfig.PRIMARY);
        }
        for (int i = 0; i < nodes; i++) {
            ids.add(StoreConfig.nodeName(i));
        }
        return new NodeNames(List.copyOf(ids));
    }

    boolean contains(String id) {
        return all.contains(id);
    }

    /** "primary, A, B" for sentences. */
    String text() {
        return String.join(", ", all);
    }

    /** The nodes with a replication queue, "A, B", for sentences about lags. */
    String replicas() {
        List<String> replicas = new ArrayList<>(all);
        replicas.remove(StoreConfig.PRIMARY);
        return String.join(", ", replicas);
    }
}
