package dev.rawlab.store;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One replica's queue of writes still to apply, first in first out. Entries apply in order, so an
 * entry never applies before the one ahead of it: a slow write holds up the ones behind it.
 */
public final class ReplicationQueue {

    private final ArrayDeque<QueueEntry> entries = new ArrayDeque<>();
    private long lastApplyMicros;

    /** Adds an entry that applies {@code lagMicros} from {@code nowMicros}, but not before the one ahead. */
    QueueEntry enqueue(long operationId, StoredObject object, String fromNode, String ackTo, long nowMicros,
                       long lagMicros, boolean online) {
        long applyMicros = QueueEntry.HELD;
        if (online) {
            applyMicros = Math.max(nowMicros + lagMicros, lastApplyMicros);
            lastApplyMicros = applyMicros;
        }
        QueueEntry entry = new QueueEntry(operationId, object, fromNode, ackTo, nowMicros, applyMicros);
        entries.addLast(entry);
        return entry;
    }

    /** Removes and returns the head if it is due at {@code nowMicros}, else null. */
    QueueEntry pollDue(long nowMicros) {
        QueueEntry head = entries.peekFirst();
        if (head == null || head.held() || head.applyMicros() > nowMicros) {
            return null;
        }
        return entries.pollFirst();
    }

    /** The replica went offline: every waiting entry is held until it is back. */
    void hold() {
        List<QueueEntry> held = new ArrayList<>(entries.size());
        for (QueueEntry entry : entries) {
            held.add(entry.withApplyMicros(QueueEntry.HELD));
        }
        entries.clear();
        entries.addAll(held);
    }

    /**
     * The replica is back at {@code nowMicros}: the backlog drains one entry every
     * {@code drainStepMicros}. Returns the new apply times, in order, for scheduling.
     */
    List<Long> release(long nowMicros, long drainStepMicros) {
        List<QueueEntry> released = new ArrayList<>(entries.size());
        List<Long> times = new ArrayList<>(entries.size());
        long next = nowMicros;
        for (QueueEntry entry : entries) {
            next += drainStepMicros;
            released.add(entry.withApplyMicros(next));
            times.add(next);
        }
        entries.clear();
        entries.addAll(released);
        lastApplyMicros = Math.max(lastApplyMicros, next);
        return times;
    }

    public int size() {
        return entries.size();
    }

    /** The entries, oldest (next to apply) first. */
    public List<QueueEntry> entries() {
        return List.copyOf(entries);
    }
}
