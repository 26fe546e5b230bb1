package dev.rawlab.check;

import dev.rawlab.store.Trace;

/**
 * Judges every operation of a finished trace against the writes acknowledged before it began (see
 * {@link Verdict}), finds session-guarantee violations per user (read-your-writes, monotonic reads),
 * measures each write's staleness window, and sums it all up. One pass of a {@link LiveChecker}.
 */
public final class Checker {

    private Checker() {
    }

    public static CheckReport check(Trace trace) {
        return new LiveChecker().update(trace);
    }
}
