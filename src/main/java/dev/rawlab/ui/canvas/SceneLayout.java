package dev.rawlab.ui.canvas;

import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.Topology;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes on a canvas of a given size: users on the left, the edge cache, the load
 * balancer, the primary in the middle, the other nodes on the right with their replication queues
 * in front of them. Pure geometry from the snapshot's shape; no drawing.
 */
public final class SceneLayout {

    /** A rectangle with its centre. */
    public record Box(double x, double y, double width, double height) {
        public double centerX() {
            return x + width / 2;
        }

        public double centerY() {
            return y + height / 2;
        }

        public boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    private final double width;
    private final double height;
    private final double fontSize;
    private final Map<String, Box> ends = new HashMap<>();
    private final Map<String, Box> queues = new HashMap<>();

    public SceneLayout(StoreSnapshot snapshot, double width, double height) {
        this.width = width;
        this.height = height;
        this.fontSize = Math.max(13, Math.min(30, Math.min(height / 27, width / 46)));
        layOut(snapshot);
    }

    private void layOut(StoreSnapshot snapshot) {
        List<StoreSnapshot.UserView> users = snapshot.users();
        double userWidth = Math.max(width * 0.12, fontSize * 7.5);
        double userHeight = Math.min(height * 0.2, fontSize * 4.4);
        for (int i = 0; i < users.size(); i++) {
            double cy = spread(i, users.size());
            ends.put(users.get(i).name(), new Box(width * 0.02, cy - userHeight / 2, userWidth, userHeight));
        }
        double hubWidth = Math.max(width * 0.1, fontSize * 6.8);
        double hubHeight = fontSize * 3.2;
        if (snapshot.cacheEnabled()) {
            ends.put(StoreConfig.CACHE, new Box(width * 0.17, height / 2 - hubHeight / 2, hubWidth, hubHeight));
        }
        ends.put(StoreConfig.LOAD_BALANCER, new Box(width * (snapshot.cacheEnabled() ? 0.285 : 0.22), height / 2 - hubHeight / 2, hubWidth, hubHeight));

        List<StoreSnapshot.NodeView> copies = snapshot.nodes().stream()
                .filter(node -> !node.id().equals(StoreConfig.PRIMARY)).toList();
        boolean primary = snapshot.topology().hasPrimary();
        double nodeWidth = Math.max(width * 0.12, fontSize * 7);
        if (primary) {
            double primaryHeight = Math.min(height * 0.3, fontSize * 6);
            double px = copies.isEmpty() ? width * 0.6 : width * 0.39;
            ends.put(StoreConfig.PRIMARY, new Box(px, height / 2 - primaryHeight / 2, nodeWidth, primaryHeight));
        }
        double slot = (height - fontSize * 2.5) / Math.max(1, copies.size());
        double nodeHeight = Math.max(fontSize * 2.2, Math.min(fontSize * 4.6, slot * 0.78));
        double nodeX = width - nodeWidth - width * 0.02;
        boolean hasQueues = snapshot.topology().replicates();
        double queueStart = primary ? width * 0.39 + nodeWidth + width * 0.025 : width * 0.42;
        for (int i = 0; i < copies.size(); i++) {
            double cy = spread(i, copies.size());
            ends.put(copies.get(i).id(), new Box(nodeX, cy - nodeHeight / 2, nodeWidth, nodeHeight));
            if (hasQueues) {
                double queueHeight = Math.min(nodeHeight * 0.75, fontSize * 2.6);
                queues.put(copies.get(i).id(), new Box(queueStart, cy - queueHeight / 2, nodeX - queueStart - width * 0.01, queueHeight));
            }
        }
        if (snapshot.topology() == Topology.SINGLE_NODE && !ends.containsKey(StoreConfig.PRIMARY)) {
            ends.put(StoreConfig.PRIMARY, new Box(width * 0.6, height / 2 - fontSize * 3, nodeWidth, fontSize * 6));
        }
    }

    /** The centre height of item {@code i} of {@code n} spread down the canvas, below the clock line. */
    private double spread(int i, int n) {
        double top = fontSize * 2.5;
        double usable = height - top - fontSize * 0.5;
        return top + usable * (i + 0.5) / Math.max(1, n);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** The base font size: larger on a larger canvas, so the back of a classroom can read it. */
    public double fontSize() {
        return fontSize;
    }

    /** The box of a user, node, the cache ("cache") or the load balancer ("lb"), or null. */
    public Box end(String id) {
        return ends.get(id);
    }

    /** The strip where a node's replication queue is drawn, or null when it has none. */
    public Box queue(String nodeId) {
        return queues.get(nodeId);
    }

    /** The id of the end (user, node, cache, load balancer) at a point, or null. */
    public String endAt(double x, double y) {
        for (Map.Entry<String, Box> entry : ends.entrySet()) {
            if (entry.getValue().contains(x, y)) {
                return entry.getKey();
            }
        }
        return null;
    }
}
