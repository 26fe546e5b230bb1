package dev.rawlab.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * One user's session: the version each of their own writes was acknowledged with, per key. A
 * version-token read carries this number; the read-your-writes guarantee is measured against it.
 */
final class UserSession {

    final String name;
    final int id;
    private final TreeMap<String, Long> acked = new TreeMap<>();

    UserSession(String name, int id) {
        this.name = name;
        this.id = id;
    }

    void acknowledge(String key, long version) {
        acked.merge(key, version, Math::max);
    }

    /** The newest version of {@code key} this user was told was written, 0 if none. */
    long token(String key) {
        return acked.getOrDefault(key, 0L);
    }

    Map<String, Long> acked() {
        return Map.copyOf(acked);
    }

    TreeMap<String, Long> ackedSorted() {
        return new TreeMap<>(acked);
    }
}
