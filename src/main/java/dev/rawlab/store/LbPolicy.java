package dev.rawlab.store;

import java.util.Locale;

/** How the load balancer picks a node among those that may serve a request. */
public enum LbPolicy {
    /** Any online node, chosen with the load balancer's random stream. */
    RANDOM,
    /** The next online node in turn. */
    ROUND_ROBIN,
    /** The node in the user's assignment (odd user ids to the first, even to the second, ...). */
    STICKY,
    /** The node the key hashes to: partitioning, so one key always meets the same node. */
    BY_KEY;

    /** Computed once: routing asks for it on every request. */
    private final String fileName = name().toLowerCase(Locale.ROOT).replace('_', '-');

    public String fileName() {
        return fileName;
    }

    public static LbPolicy fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
