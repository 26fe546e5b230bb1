package dev.rawlab.experiment;

import dev.rawlab.sim.RandomStreams;

/**
 * The seed of each trial of an experiment, derived from the experiment's seed and the trial's index
 * alone: the {@code index}-th output of a SplitMix64 generator started at the experiment seed,
 * {@code mix64(seed + GOLDEN_GAMMA * (index + 1))}. No trial's seed depends on which thread runs
 * it or on what ran before, so results are the same at any thread count.
 *
 * <p>Trial {@code i} gets the same seed at every time of the grid and for every fix, so points and
 * fixes are compared on the same luck (common random numbers).
 */
public final class TrialSeeds {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private TrialSeeds() {
    }

    /** The seed of trial {@code index} of an experiment seeded with {@code experimentSeed}. */
    public static long seed(long experimentSeed, long index) {
        return RandomStreams.mix64(experimentSeed + GOLDEN_GAMMA * (index + 1));
    }
}
