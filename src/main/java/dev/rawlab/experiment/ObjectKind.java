package dev.rawlab.experiment;

import java.util.Locale;

/** What the trial's PUT writes: a key nobody has seen yet, or a new body over an old one everybody has. */
public enum ObjectKind {
    /** A new key: a stale read is a 404. */
    NEW,
    /** An overwrite of a key every replica already holds: a stale read is the old body. */
    OVERWRITE;

    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ObjectKind fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
