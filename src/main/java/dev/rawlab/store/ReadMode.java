package dev.rawlab.store;

import java.util.Locale;

/** Where reads go by default. */
public enum ReadMode {
    /** Eventual: any replica the load balancer picks. */
    ANY_REPLICA,
    /** Consistent read: every read goes to the primary. */
    PRIMARY;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ReadMode fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
