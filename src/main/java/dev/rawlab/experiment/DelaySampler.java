package dev.rawlab.experiment;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A {@link LatencyDistribution} flattened for the quorum fast path, where a trial draws 4N delays: the
 * parts of a mix as arrays (a uniform number picks the part), exponential delays from the JDK's
 * ziggurat sampler ({@link java.util.random.RandomGenerator#nextExponential()}, no logarithm for most
 * draws), and a Pareto as {@code x_m * exp(E / alpha)} with E a standard exponential, which has the
 * Pareto's distribution. Same distribution as {@link LatencyDistribution}, same cap
 * ({@link LatencyDistribution#MAX_SAMPLE_MICROS}) and the same rounding to whole microseconds; not the
 * same stream of numbers.
 */
final class DelaySampler {

    private static final byte CONSTANT = 0;
    private static final byte UNIFORM = 1;
    private static final byte EXPONENTIAL = 2;
    private static final byte PARETO = 3;

    /** Upper end of each part's share of [0, 1); the last is 1. */
    private final double[] upTo;
    private final byte[] kind;
    /** Constant and uniform: the low end; exponential: the mean; Pareto: the scale, all in microseconds. */
    private final double[] first;
    /** Uniform: the width; Pareto: 1 / alpha; otherwise unused. */
    private final double[] second;

    private DelaySampler(int parts) {
        upTo = new double[parts];
        kind = new byte[parts];
        first = new double[parts];
        second = new double[parts];
    }

    static DelaySampler of(LatencyDistribution distribution) {
        List<LatencyDistribution.Weighted> parts = distribution instanceof LatencyDistribution.Mixture mix
                ? mix.parts() : List.of(new LatencyDistribution.Weighted(1, distribution));
        double total = 0;
        for (LatencyDistribution.Weighted part : parts) {
            total += part.weight();
        }
        DelaySampler sampler = new DelaySampler(parts.size());
        double sum = 0;
        for (int i = 0; i < parts.size(); i++) {
            sum += parts.get(i).weight();
            sampler.upTo[i] = i == parts.size() - 1 ? 1.0 : sum / total;
            sampler.set(i, parts.get(i).distribution());
        }
        return sampler;
    }

    private void set(int part, LatencyDistribution distribution) {
        double perMilli = Micros.PER_MILLI;
        if (distribution instanceof LatencyDistribution.Constant constant) {
            kind[part] = CONSTANT;
            first[part] = constant.millis() * perMilli;
        } else if (distribution instanceof LatencyDistribution.Uniform uniform) {
            kind[part] = UNIFORM;
            first[part] = uniform.lowMillis() * perMilli;
            second[part] = (uniform.highMillis() - uniform.lowMillis()) * perMilli;
        } else if (distribution instanceof LatencyDistribution.Exponential exponential) {
            kind[part] = EXPONENTIAL;
            first[part] = exponential.meanMillis() * perMilli;
        } else if (distribution instanceof LatencyDistribution.Pareto pareto) {
            kind[part] = PARETO;
            first[part] = pareto.scaleMillis() * perMilli;
            second[part] = 1.0 / pareto.shape();
        } else {
            throw new IllegalArgumentException("cannot flatten " + distribution.text());
        }
    }

    /** One delay in whole microseconds. */
    long sampleMicros(SplittableRandom random) {
        int part = 0;
        int last = upTo.length - 1;
        if (last > 0) {
            double pick = random.nextDouble();
            while (part < last && pick >= upTo[part]) {
                part++;
            }
        }
        double micros = switch (kind[part]) {
            case CONSTANT -> first[part];
            case UNIFORM -> first[part] + random.nextDouble() * second[part];
            case EXPONENTIAL -> first[part] * random.nextExponential();
            default -> first[part] * Math.exp(random.nextExponential() * second[part]);
        };
        // Delays are never negative, so adding one half and truncating rounds exactly as Math.round does.
        return micros >= LatencyDistribution.MAX_SAMPLE_MICROS ? LatencyDistribution.MAX_SAMPLE_MICROS : (long) (micros + 0.5);
    }
}
