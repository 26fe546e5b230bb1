package dev.rawlab.experiment;

/**
 * Turns measured work per read into read throughput and money. Every node (the primary and each
 * replica) serves at most {@code nodeReadsPerSecond} requests a second, whether a read or a version
 * check, and costs {@code nodeCostPerHour} to run. A read puts {@code primaryVisits} requests on the
 * primary and {@code replicaVisits} on the replicas, spread evenly over them; the store's read
 * throughput is the rate at which the first node saturates:
 *
 * <pre>
 *   throughput = min(capacity / primaryVisits, replicas * capacity / replicaVisits)
 * </pre>
 *
 * and a million reads cost {@code (nodes * nodeCostPerHour) / (throughput * 3600) * 10^6}, with every
 * node of the store paid for (the primary and the replicas) and the store run at that throughput.
 * Writes are not counted: the table compares reads.
 */
public record CostModel(double nodeReadsPerSecond, double nodeCostPerHour) {

    /** 10,000 requests a second per node, 0.10 a node-hour: round numbers, easy to rescale. */
    public static final CostModel DEFAULT = new CostModel(10_000, 0.10);

    public CostModel {
        if (!(nodeReadsPerSecond > 0) || !(nodeCostPerHour >= 0)) {
            throw new IllegalArgumentException("capacity must be positive and cost not negative");
        }
    }

    /** Reads per second the store sustains with {@code replicas} replicas (a primary besides when {@code primaryVisits > 0}). */
    public double readsPerSecond(int replicas, double primaryVisits, double replicaVisits) {
        double byPrimary = primaryVisits > 0 ? nodeReadsPerSecond / primaryVisits : Double.POSITIVE_INFINITY;
        double byReplicas = replicaVisits > 0 ? replicas * nodeReadsPerSecond / replicaVisits : Double.POSITIVE_INFINITY;
        return Math.min(byPrimary, byReplicas);
    }

    /** The cost of a million reads on {@code nodes} nodes running at {@code readsPerSecond}. */
    public double costPerMillionReads(int nodes, double readsPerSecond) {
        return nodes * nodeCostPerHour / (readsPerSecond * 3_600) * 1_000_000;
    }
}
