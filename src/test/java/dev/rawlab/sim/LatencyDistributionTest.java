package dev.rawlab.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.rawlab.sim.DistributionFormatException.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Latency distributions: every text form reads back to itself, every mistake has its reason, and samples have the right mean. */
class LatencyDistributionTest {

    private static final int SAMPLES = 200_000;
    private static final double STANDARD_ERRORS = 4;

    /** Every text form from the issue, with the text {@link LatencyDistribution#text()} gives back. */
    private static final Map<String, String> FORMS = Map.of(
            "const:80", "const:80",
            "uniform:5:50", "uniform:5:50",
            "exp:20", "exp:20",
            "exprate:1.66", "exp:" + (1.0 / 1.66),
            "pareto:0.235:10", "pareto:0.235:10",
            "mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66", "mix:0.9122*pareto:0.235:10+0.0878*exp:" + (1.0 / 1.66));

    @TestFactory
    Stream<DynamicTest> everyTextFormReadsBackToAnEqualDistribution() {
        return FORMS.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(form -> DynamicTest.dynamicTest(form.getKey(), () -> {
            LatencyDistribution parsed = LatencyDistribution.parse(form.getKey());

            assertThat(parsed.text()).isEqualTo(form.getValue());
            assertThat(LatencyDistribution.parse(parsed.text())).isEqualTo(parsed);
            assertThat(LatencyDistribution.parse(parsed.text()).text()).isEqualTo(parsed.text());
        }));
    }

    @Test
    void eachFormBuildsTheDistributionItNames() {
        assertThat(LatencyDistribution.parse("const:80")).isEqualTo(new LatencyDistribution.Constant(80));
        assertThat(LatencyDistribution.parse("uniform:5:50")).isEqualTo(new LatencyDistribution.Uniform(5, 50));
        assertThat(LatencyDistribution.parse("exp:20")).isEqualTo(new LatencyDistribution.Exponential(20));
        assertThat(LatencyDistribution.parse("exprate:1.66")).isEqualTo(new LatencyDistribution.Exponential(1 / 1.66));
        assertThat(LatencyDistribution.parse("pareto:0.235:10")).isEqualTo(new LatencyDistribution.Pareto(0.235, 10));
        assertThat(LatencyDistribution.parse(" mix:2*const:1+1*uniform:0:3 ")).isEqualTo(new LatencyDistribution.Mixture(List.of(
                new LatencyDistribution.Weighted(2, new LatencyDistribution.Constant(1)),
                new LatencyDistribution.Weighted(1, new LatencyDistribution.Uniform(0, 3)))));
    }

    @Test
    void fractionalMillisecondsSurviveTheRoundTrip() {
        LatencyDistribution parsed = LatencyDistribution.parse("uniform:0.125:2.5");

        assertThat(parsed.text()).isEqualTo("uniform:0.125:2.5");
    }

    @TestFactory
    Stream<DynamicTest> everyMistakeIsRefusedWithItsReason() {
        List<Object[]> cases = List.of(
                new Object[] {"", Reason.EMPTY},
                new Object[] {"   ", Reason.EMPTY},
                new Object[] {null, Reason.EMPTY},
                new Object[] {"gauss:3", Reason.UNKNOWN_KIND},
                new Object[] {"80", Reason.UNKNOWN_KIND},
                new Object[] {"const:1:2", Reason.WRONG_ARITY},
                new Object[] {"uniform:5", Reason.WRONG_ARITY},
                new Object[] {"pareto:1", Reason.WRONG_ARITY},
                new Object[] {"const:", Reason.NOT_A_NUMBER},
                new Object[] {"const:eighty", Reason.NOT_A_NUMBER},
                new Object[] {"exp:NaN", Reason.NOT_A_NUMBER},
                new Object[] {"exp:Infinity", Reason.NOT_A_NUMBER},
                new Object[] {"mix:x*const:1", Reason.NOT_A_NUMBER},
                new Object[] {"const:-1", Reason.NEGATIVE},
                new Object[] {"uniform:-5:50", Reason.NEGATIVE},
                new Object[] {"exp:0", Reason.NOT_POSITIVE},
                new Object[] {"exprate:0", Reason.NOT_POSITIVE},
                new Object[] {"exprate:-2", Reason.NOT_POSITIVE},
                new Object[] {"pareto:0:10", Reason.NOT_POSITIVE},
                new Object[] {"pareto:0.235:0", Reason.NOT_POSITIVE},
                new Object[] {"mix:0*const:1", Reason.NOT_POSITIVE},
                new Object[] {"uniform:50:5", Reason.BAD_BOUNDS},
                new Object[] {"mix:const:1", Reason.BAD_MIX_PART},
                new Object[] {"mix:1*const:1+", Reason.BAD_MIX_PART},
                new Object[] {"mix:1*const:1++1*const:2", Reason.BAD_MIX_PART},
                new Object[] {"mix:", Reason.EMPTY_MIX},
                new Object[] {"mix:  ", Reason.EMPTY_MIX},
                new Object[] {"mix:1*mix:1*const:1", Reason.NESTED_MIX});
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0] + " -> " + c[1], () -> {
            String text = (String) c[0];
            assertThatThrownBy(() -> LatencyDistribution.parse(text))
                    .isInstanceOfSatisfying(DistributionFormatException.class, e -> assertThat(e.reason()).isEqualTo(c[1]));
        }));
    }

    @Test
    void theExceptionNamesTheTextItCouldNotRead() {
        assertThatThrownBy(() -> LatencyDistribution.parse("gauss:3"))
                .isInstanceOfSatisfying(DistributionFormatException.class, e -> {
                    assertThat(e.input()).isEqualTo("gauss:3");
                    assertThat(e.getMessage()).contains("gauss:3");
                });
    }

    @Test
    void distributionsBuiltInCodeRefuseTheSameMistakes() {
        assertThatThrownBy(() -> new LatencyDistribution.Mixture(List.of()))
                .isInstanceOfSatisfying(DistributionFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY_MIX));
        LatencyDistribution inner = LatencyDistribution.parse("mix:1*const:1");
        assertThatThrownBy(() -> new LatencyDistribution.Weighted(1, inner))
                .isInstanceOfSatisfying(DistributionFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NESTED_MIX));
        assertThatThrownBy(() -> new LatencyDistribution.Uniform(3, 2))
                .isInstanceOfSatisfying(DistributionFormatException.class, e -> assertThat(e.reason()).isEqualTo(Reason.BAD_BOUNDS));
    }

    @Test
    void aConstantAlwaysGivesItsValueInMicroseconds() {
        SplittableRandom random = new SplittableRandom(1);

        assertThat(LatencyDistribution.parse("const:80").sampleMicros(random)).isEqualTo(80_000);
        assertThat(LatencyDistribution.parse("const:0.235").sampleMicros(random)).isEqualTo(235);
    }

    @Test
    void uniformSamplesStayWithinTheirBounds() {
        LatencyDistribution uniform = LatencyDistribution.parse("uniform:5:50");
        SplittableRandom random = new SplittableRandom(3);

        for (int i = 0; i < 10_000; i++) {
            assertThat(uniform.sampleMicros(random)).isBetween(5_000L, 50_000L);
        }
    }

    @Test
    void paretoSamplesNeverFallBelowTheScaleAndHeavyTailsAreCutAtTheMaximum() {
        LatencyDistribution heavy = LatencyDistribution.parse("pareto:10:0.05");
        SplittableRandom random = new SplittableRandom(5);
        long largest = 0;

        for (int i = 0; i < 10_000; i++) {
            long sample = heavy.sampleMicros(random);
            assertThat(sample).isBetween(10_000L, LatencyDistribution.MAX_SAMPLE_MICROS);
            largest = Math.max(largest, sample);
        }

        assertThat(largest).isEqualTo(LatencyDistribution.MAX_SAMPLE_MICROS);
        assertThat(heavy.meanMillis()).isInfinite();
    }

    @Test
    void theSameRandomStreamGivesTheSameSamples() {
        LatencyDistribution mix = LatencyDistribution.parse("mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66");

        assertThat(samples(mix, 11, 100)).containsExactly(samples(mix, 11, 100));
        assertThat(samples(mix, 11, 100)).isNotEqualTo(samples(mix, 12, 100));
    }

    @Test
    void meansFollowTheirClosedForms() {
        double paretoMean = 10 * 0.235 / (10 - 1);
        double expByRateMean = 1 / 1.66;

        assertThat(LatencyDistribution.parse("const:80").meanMillis()).isEqualTo(80);
        assertThat(LatencyDistribution.parse("uniform:5:50").meanMillis()).isEqualTo(27.5);
        assertThat(LatencyDistribution.parse("exp:20").meanMillis()).isEqualTo(20);
        assertThat(LatencyDistribution.parse("exprate:1.66").meanMillis()).isCloseTo(expByRateMean, within(1e-12));
        assertThat(LatencyDistribution.parse("pareto:0.235:10").meanMillis()).isCloseTo(paretoMean, within(1e-12));
        assertThat(LatencyDistribution.parse("mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66").meanMillis())
                .isCloseTo(0.9122 * paretoMean + 0.0878 * expByRateMean, within(1e-12));
        assertThat(LatencyDistribution.parse("mix:3*const:10+1*const:50").meanMillis()).isCloseTo(20, within(1e-12));
    }

    @Test
    void exponentialSamplesAverageToTheirMean() {
        assertSampleMean("exp:20", 20, 101);
        assertSampleMean("exprate:1.66", 1 / 1.66, 102);
    }

    @Test
    void uniformSamplesAverageToTheMidpoint() {
        assertSampleMean("uniform:5:50", (5 + 50) / 2.0, 103);
    }

    @Test
    void paretoSamplesAverageToAlphaTimesScaleOverAlphaMinusOne() {
        assertSampleMean("pareto:0.235:10", 10 * 0.235 / 9, 104);
        assertSampleMean("pareto:2:4", 4 * 2 / 3.0, 105);
    }

    @Test
    void mixtureSamplesAverageToTheWeightedMeanOfTheirParts() {
        assertSampleMean("mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66", 0.9122 * (10 * 0.235 / 9) + 0.0878 / 1.66, 106);
        assertSampleMean("mix:3*const:10+1*uniform:40:60", (3 * 10 + 1 * 50) / 4.0, 107);
    }

    /** The sample mean (in ms) of {@value #SAMPLES} draws is within 4 standard errors of {@code expectedMillis}. */
    private static void assertSampleMean(String text, double expectedMillis, long seed) {
        long[] micros = samples(LatencyDistribution.parse(text), seed, SAMPLES);
        double sum = 0;
        double sumOfSquares = 0;
        for (long sample : micros) {
            double millis = Micros.toMillis(sample);
            sum += millis;
            sumOfSquares += millis * millis;
        }
        double mean = sum / SAMPLES;
        double variance = (sumOfSquares - SAMPLES * mean * mean) / (SAMPLES - 1);
        double standardError = Math.sqrt(variance / SAMPLES);

        assertThat(standardError).as("standard error of %s", text).isPositive();
        assertThat(mean).as("sample mean of %s (standard error %.5f ms)", text, standardError)
                .isCloseTo(expectedMillis, within(STANDARD_ERRORS * standardError));
    }

    private static long[] samples(LatencyDistribution distribution, long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drawn.add(distribution.sampleMicros(random));
        }
        return drawn.stream().mapToLong(Long::longValue).toArray();
    }
}
