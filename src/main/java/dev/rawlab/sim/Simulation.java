package dev.rawlab.sim;

import java.util.OptionalLong;
import java.util.PriorityQueue;

/**
 * The event loop: a virtual clock in integer microseconds and a queue of scheduled events ordered
 * by (time, sequence). The sequence counter belongs to this simulation, so two simulations never
 * share ordering state. No threads and no wall clock: time moves only through {@link #step()} and
 * {@link #advanceTo(long)}.
 */
public final class Simulation {

    private static final class Scheduled implements Comparable<Scheduled>, Timer {
        private final long atMicros;
        private final long sequence;
        private final Runnable action;
        private boolean cancelled;

        Scheduled(long atMicros, long sequence, Runnable action) {
            this.atMicros = atMicros;
            this.sequence = sequence;
            this.action = action;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public int compareTo(Scheduled other) {
            int byTime = Long.compare(atMicros, other.atMicros);
            return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
        }
    }

    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>();
    private long nowMicros;
    private long nextSequence;
    private long eventsFired;

    /** The current simulated time in microseconds. */
    public long nowMicros() {
        return nowMicros;
    }

    /** How many events have fired since the start (or the last reset). */
    public long eventsFired() {
        return eventsFired;
    }

    /** How many events are waiting to fire (cancelled ones not yet dropped included). */
    public int pendingEvents() {
        return queue.size();
    }

    /** A scheduled event that can still be called off. */
    public interface Timer {
        /** The event will not fire; cancelling twice or after it fired does nothing. */
        void cancel();
    }

    /** Schedules {@code action} at the absolute time {@code atMicros}, which must not be in the past. */
    public Timer schedule(long atMicros, Runnable action) {
        if (atMicros < nowMicros) {
            throw new IllegalArgumentException("cannot schedule at " + atMicros + " us, now is " + nowMicros + " us");
        }
        Scheduled scheduled = new Scheduled(atMicros, nextSequence++, action);
        queue.add(scheduled);
        return scheduled;
    }

    /** Schedules {@code action} {@code delayMicros} from now. */
    public Timer after(long delayMicros, Runnable action) {
        if (delayMicros < 0) {
            throw new IllegalArgumentException("negative delay: " + delayMicros + " us");
        }
        return schedule(nowMicros + delayMicros, action);
    }

    /** Drops cancelled events from the head of the queue. */
    private Scheduled head() {
        Scheduled head = queue.peek();
        while (head != null && head.cancelled) {
            queue.poll();
            head = queue.peek();
        }
        return head;
    }

    /** The time of the next event, if any. */
    public OptionalLong nextEventMicros() {
        Scheduled head = head();
        return head == null ? OptionalLong.empty() : OptionalLong.of(head.atMicros);
    }

    /** Fires the next event, moving the clock to its time. Returns false when nothing is scheduled. */
    public boolean step() {
        Scheduled next = head();
        if (next == null) {
            return false;
        }
        queue.poll();
        nowMicros = next.atMicros;
        eventsFired++;
        next.action.run();
        return true;
    }

    /** Fires every event due at or before {@code targetMicros}, then sets the clock to it. */
    public void advanceTo(long targetMicros) {
        if (targetMicros < nowMicros) {
            throw new IllegalArgumentException("cannot go back from " + nowMicros + " us to " + targetMicros + " us: rewind is replay");
        }
        Scheduled head;
        while ((head = head()) != null && head.atMicros <= targetMicros) {
            step();
        }
        nowMicros = targetMicros;
    }

    /** Forgets every scheduled event and sets the clock back to zero. */
    public void reset() {
        queue.clear();
        nowMicros = 0;
        nextSequence = 0;
        eventsFired = 0;
    }
}
