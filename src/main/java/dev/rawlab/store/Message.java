package dev.rawlab.store;

/**
 * A message on the wire between two ends (users, the edge cache, the load balancer, nodes), with
 * its send and arrive times so that a view can place it exactly where the model has it.
 */
public record Message(long id, long operationId, Kind kind, String from, String to, String label,
                      long sendMicros, long arriveMicros) {

    /** What a message carries. */
    public enum Kind {
        /** A request on its way to be served (PUT, GET, LIST, DELETE). */
        REQUEST,
        /** An answer on its way back (200, 404, 503, "too old"). */
        ANSWER,
        /** A replica's acknowledgement that it applied a synchronous write. */
        ACK,
        /** Store-side strong consistency: a replica asking the primary for the newest version. */
        CHECK
    }

    /** Where the message is between its ends at {@code nowMicros}: 0 at the sender, 1 at the receiver. */
    public double progress(long nowMicros) {
        if (arriveMicros <= sendMicros) {
            return 1;
        }
        double fraction = (nowMicros - sendMicros) / (double) (arriveMicros - sendMicros);
        return Math.max(0, Math.min(1, fraction));
    }
}
