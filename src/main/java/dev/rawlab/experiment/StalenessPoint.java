package dev.rawlab.experiment;

/**
 * What the reads at one time {@code t} after the write's acknowledgement saw, as shares of the trials.
 *
 * @param tMillis     time from the write's acknowledgement to the read, in milliseconds
 * @param trials      reads made at this time
 * @param pSeesWrite  share that saw the body just written
 * @param p404        share answered 404
 * @param pOld        share answered with the old body
 * @param pNoAnswer   share with no answer (503, or the write was never acknowledged)
 */
public record StalenessPoint(double tMillis, int trials, double pSeesWrite, double p404, double pOld, double pNoAnswer) {

    /** The share of stale reads: a 404 or the old body. */
    public double pStale() {
        return p404 + pOld;
    }

    /** The standard error of a share {@code p} estimated from this point's trials. */
    public double standardError(double p) {
        return Math.sqrt(p * (1 - p) / trials);
    }
}
