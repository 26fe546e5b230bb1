package dev.rawlab.ui.canvas;

import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.StoreSnapshot;
import dev.rawlab.store.Topology;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything goes on a canvas of a given size: users on the left, the edge cache, the load
 * balancer, the primary along the top, the other nodes on the right with their replication queues
 * in front of them, and the wires (routes) messages travel along. Pure geometry from the
 * snapshot's shape; no drawing.
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
    private final Map<String, Route> routes = new LinkedHashMap<>();
    private final Map<String, Map<String, Route>> asked = new HashMap<>();

    public SceneLayout(StoreSnapshot snapshot, double width, double height) {
        this.width = width;
        this.height = height;
        this.fontSize = Math.max(13, Math.min(30, Math.min(height / 27, width / 46)));
        layOut(snapshot);
    }

    private void layOut(StoreSnapshot snapshot) {
        List<StoreSnapshot.UserView> users = snapshot.users();
        double top = fontSize * 2.5;
        double userWidth = Math.max(width * 0.12, fontSize * 7.5);
        double userSlot = (height - top - fontSize * 0.5) / Math.max(1, users.size());
        double userHeight = Math.min(Math.min(height * 0.2, fontSize * 4.4), userSlot * 0.88);
        for (int i = 0; i < users.size(); i++) {
            double cy = spread(i, users.size(), top, height);
            ends.put(users.get(i).name(), new Box(width * 0.02, cy - userHeight / 2, userWidth, userHeight));
        }
        List<StoreSnapshot.NodeView> copies = snapshot.nodes().stream()
                .filter(node -> !node.id().equals(StoreConfig.PRIMARY)).toList();
        boolean primary = snapshot.topology().hasPrimary() || snapshot.topology() == Topology.SINGLE_NODE;
        boolean primaryOnTop = primary && !copies.isEmpty();
        double nodeWidth = Math.max(width * 0.12, fontSize * 7);
        double primaryHeight = Math.min(height * 0.2, fontSize * 4.2);
        // With replicas, the primary sits in a band along the top and the replicas below it, so no
        // read's path from the load balancer to a replica ever crosses the primary.
        double bandTop = primaryOnTop ? top + primaryHeight + fontSize * 0.8 : top;
        double hubWidth = Math.max(width * 0.1, fontSize * 6.8);
        double hubHeight = fontSize * 3.2;
        double hubY = (bandTop + height) / 2 - hubHeight / 2;
        if (snapshot.cacheEnabled()) {
            ends.put(StoreConfig.CACHE, new Box(width * 0.17, hubY, hubWidth, hubHeight));
        }
        Box lb = new Box(width * (snapshot.cacheEnabled() ? 0.285 : 0.2), hubY, hubWidth, hubHeight);
        ends.put(StoreConfig.LOAD_BALANCER, lb);
        Box primaryBox = null;
        if (primaryOnTop) {
            primaryBox = new Box(width * 0.4, top, nodeWidth, primaryHeight);
        } else if (primary) {
            primaryBox = new Box(width * 0.6, height / 2 - fontSize * 3, nodeWidth, fontSize * 6);
        }
        if (primaryBox != null) {
            ends.put(StoreConfig.PRIMARY, primaryBox);
        }
        double slot = (height - bandTop - fontSize * 0.5) / Math.max(1, copies.size());
        double nodeHeight = Math.max(fontSize * 2.2, Math.min(fontSize * 4.6, slot * 0.82));
        double nodeX = width - nodeWidth - width * 0.02;
        boolean hasQueues = snapshot.topology().replicates();
        double replicationBusX = primaryBox == null ? 0 : primaryBox.centerX();
        double readBusX = primaryOnTop ? primaryBox.x() - fontSize * 1.2 : lb.x() + lb.width() + fontSize * 1.5;
        double queueStart = primaryOnTop ? replicationBusX + fontSize : width * 0.42;
        for (int i = 0; i < copies.size(); i++) {
            String id = copies.get(i).id();
            double cy = spread(i, copies.size(), bandTop, height);
            Box node = new Box(nodeX, cy - nodeHeight / 2, nodeWidth, nodeHeight);
            ends.put(id, node);
            // The queue takes the upper part of the replica's row, reads come in along the lower part.
            double queueHeight = Math.min(nodeHeight * 0.5, fontSize * 2.4);
            double queueY = hasQueues ? node.y() : cy - queueHeight / 2;
            double readY = hasQueues ? Math.max(queueY + queueHeight + fontSize * 0.35, cy + nodeHeight * 0.2) : cy;
            readY = Math.min(readY, node.y() + nodeHeight - 2);
            if (hasQueues) {
                queues.put(id, new Box(queueStart, queueY, nodeX - queueStart - width * 0.01, queueHeight));
            }
            double lbRight = lb.x() + lb.width();
            routes.put(key(StoreConfig.LOAD_BALANCER, id), new Route(
                    new double[] {lbRight, readBusX, readBusX, nodeX},
                    new double[] {lb.centerY(), lb.centerY(), readY, readY}));
            if (primaryOnTop) {
                double queueY0 = queueY + queueHeight / 2;
                routes.put(key(StoreConfig.PRIMARY, id), new Route(
                        new double[] {replicationBusX, replicationBusX, nodeX},
                        new double[] {primaryBox.y() + primaryBox.height(), queueY0, queueY0}));
            }
        }
        if (primaryBox != null) {
            routes.put(key(StoreConfig.LOAD_BALANCER, StoreConfig.PRIMARY), primaryOnTop
                    ? new Route(new double[] {lb.centerX(), lb.centerX(), primaryBox.x()},
                            new double[] {lb.y(), primaryBox.centerY(), primaryBox.centerY()})
                    : Route.straight(lb.x() + lb.width(), lb.centerY(), primaryBox.x(), primaryBox.centerY()));
        }
    }

    private static String key(String from, String to) {
        return from + "\u2192" + to;
    }

    /**
     * The path between two ends, from {@code from} to {@code to}: the drawn wire where there is
     * one (load balancer to a node, primary to a replica through its queue), else a straight line
     * between their centres; null when either end is not on the canvas.
     */
    public Route route(String from, String to) {
        // Thousands of messages ask every frame: remember each answer, looked up without building a key.
        Map<String, Route> byTarget = asked.computeIfAbsent(from, any -> new HashMap<>());
        Route answer = byTarget.get(to);
        if (answer == null) {
            answer = findRoute(from, to);
            if (answer != null) {
                byTarget.put(to, answer);
            }
        }
        return answer;
    }

    private Route findRoute(String from, String to) {
        Route known = routes.get(key(from, to));
        if (known != null) {
            return known;
        }
        Route back = routes.get(key(to, from));
        if (back != null) {
            return back.reversed();
        }
        Box a = ends.get(from);
        Box b = ends.get(to);
        return a == null || b == null ? null : Route.straight(a.centerX(), a.centerY(), b.centerX(), b.centerY());
    }

    /** Every drawn wire between the load balancer, the primary and the other nodes, once each. */
    public Collection<Route> wires() {
        return routes.values();
    }

    /** The centre height of item {@code i} of {@code n} spread evenly from {@code from} down to {@code to}. */
    private double spread(int i, int n, double from, double to) {
        double usable = to - from - fontSize * 0.5;
        return from + usable * (i + 0.5) / Math.max(1, n);
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
