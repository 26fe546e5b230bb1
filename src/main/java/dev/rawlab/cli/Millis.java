package dev.rawlab.cli;

import dev.rawlab.i18n.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Milliseconds as people and JSON read them: at most three decimals, no trailing zeros. */
final class Millis {

    /** Decimals kept when a time or a share is printed. */
    static final int DECIMALS = 3;

    private Millis() {
    }

    /** {@code 80}, {@code 0.235}; null for NaN (no sample). */
    static BigDecimal exact(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded;
    }

    /** Microseconds as milliseconds. */
    static BigDecimal ofMicros(long micros) {
        BigDecimal millis = BigDecimal.valueOf(micros, DECIMALS).stripTrailingZeros();
        return millis.signum() == 0 ? BigDecimal.ZERO : millis;
    }

    /** For a sentence: the number, or "n/a" when there was no sample. */
    static String text(double value) {
        BigDecimal exact = exact(value);
        return exact == null ? Text.of("cli.none").format() : exact.toPlainString();
    }
}
