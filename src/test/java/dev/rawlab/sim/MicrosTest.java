package dev.rawlab.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Microseconds shown as milliseconds: at most three decimals, no trailing zeros, the same text everywhere. */
class MicrosTest {

    @Test
    void wholeMillisecondsHaveNoDecimals() {
        assertThat(Micros.formatMillis(80_000)).isEqualTo("80");
        assertThat(Micros.formatMillis(0)).isEqualTo("0");
        assertThat(Micros.formatMillis(-3_000)).isEqualTo("-3");
    }

    @Test
    void roundedTimesAreWholeFromTenMillisecondsAndOneDecimalFromOne() {
        assertThat(Micros.formatMillisRounded(780_638)).isEqualTo("781");
        assertThat(Micros.formatMillisRounded(10_400)).isEqualTo("10");
        assertThat(Micros.formatMillisRounded(2_549)).isEqualTo("2.5");
        assertThat(Micros.formatMillisRounded(9_960)).isEqualTo("10");
        assertThat(Micros.formatMillisRounded(235)).isEqualTo("0.235");
        assertThat(Micros.formatMillisRounded(-12_700)).isEqualTo("-13");
    }

    @Test
    void fractionsKeepUpToThreeDecimalsWithoutTrailingZeros() {
        assertThat(Micros.formatMillis(1_500)).isEqualTo("1.5");
        assertThat(Micros.formatMillis(235)).isEqualTo("0.235");
        assertThat(Micros.formatMillis(12_050)).isEqualTo("12.05");
        assertThat(Micros.formatMillis(7_001)).isEqualTo("7.001");
        assertThat(Micros.formatMillis(1)).isEqualTo("0.001");
        assertThat(Micros.formatMillis(-500)).isEqualTo("-0.5");
        assertThat(Micros.formatMillis(-1_020)).isEqualTo("-1.02");
    }

    @Test
    void theTextMatchesTheDecimalFormOfTheValue() {
        SplittableRandom random = new SplittableRandom(17);
        for (int i = 0; i < 100_000; i++) {
            long micros = random.nextLong(-10_000_000_000L, 10_000_000_000L) / (1 + random.nextInt(1_000));
            String expected = String.format(Locale.ROOT, "%.3f", micros / 1_000.0).replaceAll("0+$", "").replaceAll("\\.$", "");
            assertThat(Micros.formatMillis(micros)).as("%d us", micros).isEqualTo(expected);
        }
    }

    @Test
    void millisecondsConvertToTheNearestMicrosecond() {
        assertThat(Micros.ofMillis(0.2355)).isEqualTo(236);
        assertThat(Micros.ofMillis(80)).isEqualTo(80_000);
        assertThat(Micros.toMillis(1_500)).isEqualTo(1.5);
    }
}
