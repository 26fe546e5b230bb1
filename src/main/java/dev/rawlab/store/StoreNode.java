package dev.rawlab.store;

import dev.rawlab.sim.LatencyDistribution;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * One machine of the store: the objects it holds, its replication queue, its lag, whether it is
 * online, and the version-token reads waiting on it. It answers reads from its own copy only.
 */
final class StoreNode {

    /** A version-token read held until this node has {@code minVersion} of {@code key}. */
    private record ParkedRead(String key, long minVersion, Runnable resume) {
    }

    final String id;
    final NodeRole role;
    final int index;
    private final TreeMap<String, StoredObject> objects = new TreeMap<>();
    final ReplicationQueue queue = new ReplicationQueue();
    private final List<ParkedRead> parked = new ArrayList<>();
    private final RandomGenerator lagRandom;
    LatencyDistribution lag;
    boolean online = true;

    StoreNode(String id, NodeRole role, int index, LatencyDistribution lag, RandomGenerator lagRandom) {
        this.id = id;
        this.role = role;
        this.index = index;
        this.lag = lag;
        this.lagRandom = lagRandom;
    }

    long sampleLagMicros() {
        return lag.sampleMicros(lagRandom);
    }

    StoredObject object(String key) {
        return objects.get(key);
    }

    /** This node's version of {@code key}, 0 when it has never heard of it. */
    long version(String key) {
        StoredObject object = objects.get(key);
        return object == null ? 0 : object.version();
    }

    /** Keeps {@code object} if it is newer than what this node has (last writer wins). */
    boolean applyIfNewer(StoredObject object) {
        StoredObject current = objects.get(object.key());
        if (current != null && current.version() >= object.version()) {
            return false;
        }
        objects.put(object.key(), object);
        return true;
    }

    /** This node's answer to a GET of {@code key}. */
    Answer get(String key) {
        StoredObject object = objects.get(key);
        if (object == null) {
            return Answer.notFound(id, 0);
        }
        if (object.deleted()) {
            return Answer.notFound(id, object.version());
        }
        return Answer.found(id, object);
    }

    /** This node's answer to a LIST of {@code prefix}: the live keys in its own index. */
    Answer list(String prefix) {
        SortedMap<String, Long> listed = new TreeMap<>();
        for (StoredObject object : range(prefix).values()) {
            if (!object.deleted()) {
                listed.put(object.key(), object.version());
            }
        }
        return Answer.listing(id, listed);
    }

    /**
     * Every object under {@code prefix}, tombstones included: what a gathered LIST merges, so that a
     * newer delete on one node hides an older copy on another.
     */
    SortedMap<String, StoredObject> index(String prefix) {
        return new TreeMap<>(range(prefix));
    }

    private SortedMap<String, StoredObject> range(String prefix) {
        return prefix.isEmpty() ? objects : objects.subMap(prefix, prefix + Character.MAX_VALUE);
    }

    /** Every object this node holds, tombstones included, by key. */
    List<StoredObject> objects() {
        return List.copyOf(objects.values());
    }

    void park(String key, long minVersion, Runnable resume) {
        parked.add(new ParkedRead(key, minVersion, resume));
    }

    /** Resumes the parked reads this node can now serve. */
    void wakeParked(String key) {
        if (parked.isEmpty()) {
            return;
        }
        List<Runnable> ready = new ArrayList<>();
        long have = version(key);
        for (Iterator<ParkedRead> it = parked.iterator(); it.hasNext(); ) {
            ParkedRead read = it.next();
            if (read.key.equals(key) && have >= read.minVersion) {
                it.remove();
                ready.add(read.resume);
            }
        }
        ready.forEach(Runnable::run);
    }

    int parkedReads() {
        return parked.size();
    }
}
