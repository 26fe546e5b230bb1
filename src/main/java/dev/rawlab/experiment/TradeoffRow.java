package dev.rawlab.experiment;

/**
 * One fix in the trade-off table, everything measured except the application's work
 * ({@link Fix#complexity()}).
 *
 * @param newObject        the experiment with a new key (stale = 404)
 * @param overwrite        the experiment with an overwrite (stale = old body)
 * @param windowMillis     the first time of the grid from which at most 0.1 % of reads are stale,
 *                         new key and overwrite alike; NaN when the grid never gets there
 * @param readsPerSecond   read throughput at the scene's replica count
 * @param readsPerSecondAt read throughput at {@link TradeoffTable#GROWN_REPLICAS} replicas (measured
 *                         again at that count)
 * @param costPerMillion   cost of a million reads at the scene's replica count
 */
public record TradeoffRow(Fix fix, ExperimentResult newObject, ExperimentResult overwrite, double windowMillis,
                          double readsPerSecond, double readsPerSecondAt, double costPerMillion) {
}
