package dev.rawlab.store;

import java.util.Locale;

/**
 * Synchronous replication: a write is acknowledged only once enough copies have applied it.
 * {@code mode} says how many; {@code onOffline} what happens when a copy cannot answer.
 */
public record SyncReplication(Mode mode, int count, OnOffline onOffline, double timeoutMillis) {

    /** How many copies must apply a write before it is acknowledged. */
    public enum Mode {
        /** None: acknowledge once the primary (or the writing node) has it. Replication follows. */
        ASYNC,
        /** Every copy. */
        ALL,
        /** More than half of the copies. */
        MAJORITY,
        /** {@code count} copies. */
        COUNT;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Mode fromFileName(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** What a synchronous write does while a copy it waits for is offline. */
    public enum OnOffline {
        /** Keep waiting: the write hangs until the copy comes back. */
        WAIT,
        /** Give up after {@code timeoutMillis} and answer 503 (the write may still land later). */
        TIMEOUT;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static OnOffline fromFileName(String name) {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        }
    }

    public static final SyncReplication ASYNC = new SyncReplication(Mode.ASYNC, 0, OnOffline.TIMEOUT, 1_000);

    public boolean enabled() {
        return mode != Mode.ASYNC;
    }

    /** How many of {@code copies} copies must acknowledge. */
    public int acksNeeded(int copies) {
        return switch (mode) {
            case ASYNC -> 0;
            case ALL -> copies;
            case MAJORITY -> copies == 0 ? 0 : copies / 2 + 1;
            case COUNT -> Math.min(count, copies);
        };
    }
}
