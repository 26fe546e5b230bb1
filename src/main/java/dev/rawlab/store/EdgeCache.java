package dev.rawlab.store;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * An edge cache in front of reads. It keeps 200 and 404 answers for a time-to-live and is never
 * told about writes, so a cached 404 or old body can outlive the replicas' convergence.
 */
final class EdgeCache {

    /** One cached answer and when it expires. */
    record Entry(String key, int status, long version, String body, long storedMicros, long expiresMicros) {
    }

    private final TreeMap<String, Entry> entries = new TreeMap<>();
    long ttlMicros;

    EdgeCache(long ttlMicros) {
        this.ttlMicros = ttlMicros;
    }

    boolean enabled() {
        return ttlMicros > 0;
    }

    /** The cached answer for {@code key} still fresh at {@code nowMicros}, or null. */
    Entry lookup(String key, long nowMicros) {
        Entry entry = entries.get(key);
        if (entry == null || entry.expiresMicros <= nowMicros) {
            return null;
        }
        return entry;
    }

    /** Keeps a 200 or 404 answer; returns the entry, or null when the answer is not cacheable. */
    Entry store(String key, Answer answer, long nowMicros) {
        if (answer.status() != Answer.OK && answer.status() != Answer.NOT_FOUND) {
            return null;
        }
        Entry entry = new Entry(key, answer.status(), answer.version(), answer.body(), nowMicros, nowMicros + ttlMicros);
        entries.put(key, entry);
        return entry;
    }

    void clear() {
        entries.clear();
    }

    List<Entry> entries(long nowMicros) {
        List<Entry> fresh = new ArrayList<>();
        for (Entry entry : entries.values()) {
            if (entry.expiresMicros > nowMicros) {
                fresh.add(entry);
            }
        }
        return fresh;
    }
}
