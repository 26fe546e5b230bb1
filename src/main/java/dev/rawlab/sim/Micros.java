package dev.rawlab.sim;

/** Conversions between the kernel's integer microseconds and the milliseconds people read. */
public final class Micros {

    public static final long PER_MILLI = 1_000L;
    public static final long PER_SECOND = 1_000_000L;

    private Micros() {
    }

    /** Whole or fractional milliseconds to microseconds, rounded to the nearest microsecond. */
    public static long ofMillis(double millis) {
        return Math.round(millis * PER_MILLI);
    }

    /** Microseconds to milliseconds as a double. */
    public static double toMillis(long micros) {
        return micros / (double) PER_MILLI;
    }

    /** A time for people: "80 ms", "0.235 ms", "1.5 ms"; at most three decimals, no trailing zeros. */
    public static String formatMillis(long micros) {
        if (micros % PER_MILLI == 0) {
            return Long.toString(micros / PER_MILLI);
        }
        // Plain digits rather than String.format and regular expressions: traces print one per line.
        long whole = Math.abs(micros / PER_MILLI);
        int fraction = (int) Math.abs(micros % PER_MILLI);
        int width = 3;
        while (fraction % 10 == 0) {
            fraction /= 10;
            width--;
        }
        String digits = Integer.toString(fraction);
        StringBuilder text = new StringBuilder(24);
        if (micros < 0) {
            text.append('-');
        }
        text.append(whole).append('.');
        for (int pad = digits.length(); pad < width; pad++) {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    /**
     * A duration rounded the way people say it: whole milliseconds from 10 ms up ("781 ms"), one
     * decimal from 1 ms ("2.5 ms"), and {@link #formatMillis} below that ("0.235 ms").
     */
    public static String formatMillisRounded(long micros) {
        long size = Math.abs(micros);
        if (size >= 10 * PER_MILLI) {
            return formatMillis(Math.round(micros / (double) PER_MILLI) * PER_MILLI);
        }
        if (size >= PER_MILLI) {
            return formatMillis(Math.round(micros / (PER_MILLI / 10.0)) * (PER_MILLI / 10));
        }
        return formatMillis(micros);
    }
}
