package dev.rawlab.check;

import java.util.Locale;

/** What one operation saw, judged against every write acknowledged before it began. */
public enum Verdict {
    /** A read that saw the newest acknowledged write (or something newer). */
    FRESH,
    /** A read answered 404 although a write of that key was acknowledged before it began. */
    STALE_404,
    /** A read answered with an older version than the newest acknowledged before it began. */
    STALE_OLD,
    /** A LIST that left out a key whose write was acknowledged before it began. */
    LIST_MISSING,
    /** The operation got no answer from the store (503). */
    UNAVAILABLE,
    /** A write that was acknowledged. */
    WRITE_OK,
    /** A write that failed (503): nobody may count on it, though it may still land. */
    WRITE_FAILED;

    /** The name used in JSON and timelines: {@code fresh}, {@code stale-404}, {@code stale-old}, ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public boolean stale() {
        return this == STALE_404 || this == STALE_OLD || this == LIST_MISSING;
    }
}
