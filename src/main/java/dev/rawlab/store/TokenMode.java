package dev.rawlab.store;

import java.util.Locale;

/**
 * The version-token fix: what a read does when the node it reached holds an older version of the
 * key than the one the user's own write was acknowledged with.
 */
public enum TokenMode {
    /** No token: reads accept whatever the node has. */
    OFF,
    /** The node holds the read until its replication queue has applied that version. */
    WAIT,
    /** The load balancer tries another node, then the primary. */
    REROUTE,
    /** The read falls back to the primary at once. */
    PRIMARY;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TokenMode fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
