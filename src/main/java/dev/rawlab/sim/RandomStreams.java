package dev.rawlab.sim;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Hands out one seeded random stream per {@link Concern} (and per index within a concern, such as
 * one lag stream per replica), all derived from the scenario seed.
 *
 * <p>Algorithm: each stream is a {@link SplittableRandom} (SplitMix64) whose seed is
 * {@code mix64(mix64(seed ^ salt(concern)) + GOLDEN_GAMMA * (index + 1))}, where {@code mix64}
 * is the SplitMix64 finaliser. The same seed always gives the same streams, on every JVM.
 */
public final class RandomStreams {

    /** The name of the algorithm, quoted in documentation and scenario summaries. */
    public static final String ALGORITHM = "SplitMix64 (java.util.SplittableRandom), one stream per concern";

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long seed;

    public RandomStreams(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream for a concern. */
    public RandomGenerator stream(Concern concern) {
        return stream(concern, 0);
    }

    /** The {@code index}-th stream of a concern (for example the lag stream of replica {@code index}). */
    public RandomGenerator stream(Concern concern, int index) {
        return new SplittableRandom(streamSeed(concern, index));
    }

    /** The seed of one stream; exposed so that tests can check that streams differ. */
    public long streamSeed(Concern concern, int index) {
        return mix64(mix64(seed ^ concern.salt()) + GOLDEN_GAMMA * (index + 1L));
    }

    /** The SplitMix64 finaliser (Steele, Lea and Flood, 2014). */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
