package dev.rawlab.store;

/**
 * Retry with backoff on 404: after a not-found the client waits
 * {@code baseDelayMillis * multiplier^(n-1)}, stretched or shrunk at random by up to
 * {@code jitter} (a fraction), and asks again through the load balancer. {@code attempts} counts
 * every try, the first included; 1 means no retry.
 */
public record RetryPolicy(int attempts, double baseDelayMillis, double multiplier, double jitter) {

    /** No retries. */
    public static final RetryPolicy OFF = new RetryPolicy(1, 100, 2, 0);

    /** A sensible default when the fix is switched on: 4 tries, 100 ms, doubling, 20% jitter. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, 100, 2, 0.2);

    public boolean enabled() {
        return attempts > 1;
    }

    /** The wait before try number {@code nextAttempt} (2 or more), given a uniform number in [0, 1). */
    public long delayMicros(int nextAttempt, double uniform) {
        double millis = baseDelayMillis * Math.pow(multiplier, nextAttempt - 2);
        double stretch = 1 + jitter * (2 * uniform - 1);
        return Math.max(0, Math.round(millis * stretch * 1_000));
    }
}
