package dev.rawlab.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rawlab.sim.LatencyDistribution;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast path's samplers draw from the same distributions as the store's: same mean, same median, same cap. */
class DelaySamplerTest {

    private static final int SAMPLES = 200_000;

    @Test
    void everyProfileDelayHasItsDistributionsMeanAndMedian() {
        List<String> forms = List.of("const:3", "uniform:5:50", "exp:20", "pareto:0.235:10",
                WarsModel.Fits.SSD, WarsModel.Fits.DISK_WRITE, WarsModel.Fits.YMMR_WRITE, WarsModel.Fits.YMMR_OTHER);
        for (String form : forms) {
            LatencyDistribution distribution = LatencyDistribution.parse(form);
            DelaySampler sampler = DelaySampler.of(distribution);
            SplittableRandom fast = new SplittableRandom(1);
            SplittableRandom reference = new SplittableRandom(2);
            long[] a = new long[SAMPLES];
            long[] b = new long[SAMPLES];
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < SAMPLES; i++) {
                a[i] = sampler.sampleMicros(fast);
                b[i] = distribution.sampleMicros(reference);
                sum += a[i];
                squares += (double) a[i] * a[i];
            }
            double mean = sum / SAMPLES;
            double se = Math.sqrt(Math.max(squares / SAMPLES - mean * mean, 0) / SAMPLES);
            assertThat(mean / 1_000).as("mean of %s", form)
                    .isCloseTo(distribution.meanMillis(), within(4 * se / 1_000 + 1e-3));
            java.util.Arrays.sort(a);
            java.util.Arrays.sort(b);
            assertThat((double) a[SAMPLES / 2]).as("median of %s", form)
                    .isCloseTo(b[SAMPLES / 2], within(0.03 * b[SAMPLES / 2] + 2));
        }
    }

    @Test
    void aHeavyTailIsCutAtOneHourLikeTheStores() {
        DelaySampler sampler = DelaySampler.of(LatencyDistribution.parse("pareto:1000:0.05"));
        SplittableRandom random = new SplittableRandom(3);
        long longest = 0;
        for (int i = 0; i < 10_000; i++) {
            longest = Math.max(longest, sampler.sampleMicros(random));
        }
        assertThat(longest).isEqualTo(LatencyDistribution.MAX_SAMPLE_MICROS);
    }
}
