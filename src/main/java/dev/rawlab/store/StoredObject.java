package dev.rawlab.store;

/**
 * One version of one key as a node holds it. A DELETE leaves a tombstone: {@code deleted} true,
 * no body, and a version like any other write. Versions of a key only grow.
 */
public record StoredObject(String key, long version, String body, boolean deleted) {

    /** Whether this copy is the same as or newer than {@code other} (null counts as oldest). */
    public boolean atLeastAsNewAs(StoredObject other) {
        return other == null || version >= other.version;
    }
}
