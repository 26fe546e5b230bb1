package dev.rawlab.ui;

import dev.rawlab.store.Message;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.Trace;
import dev.rawlab.store.TraceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the time-space diagram draws, gathered from a detailed trace as it grows: every message sent
 * ({@link TraceEvent.Sent}), every stay in a replication queue (enqueued, then applied), every apply,
 * every operation started and every one finished. Starts over when the run is replayed (rewind) or
 * replaced. Each list is in trace order, which is time order.
 */
final class TraceHistory implements MessageHistory {

    /** A version waiting in a node's queue from {@code enqueueMicros} until {@code applyMicros} (-1 while it waits). */
    record QueueStay(String node, String key, long version, long enqueueMicros, long applyMicros) {
        boolean waiting() {
            return applyMicros < 0;
        }
    }

    /** An operation under way: its user, its request ("GET avatar.png") and when it began. */
    record Started(long operationId, String user, String request, long invokeMicros) {
    }

    private final TraceFollower follower = new TraceFollower();
    private final List<Message> messages = new ArrayList<>();
    private final List<QueueStay> stays = new ArrayList<>();
    private final List<TraceEvent.Applied> applies = new ArrayList<>();
    private final List<OperationRecord> completed = new ArrayList<>();
    private final Map<Long, Started> running = new LinkedHashMap<>();
    /** Every operation whose first message was seen: that first message is its request leaving the user. */
    private final Set<Long> startedIds = new HashSet<>();
    private long longestFlightMicros;

    /** Reads what is new in {@code trace}; true if anything changed. */
    boolean update(Trace trace) {
        TraceFollower.Update update = follower.follow(trace);
        if (update.reset()) {
            clear();
        }
        for (TraceEvent event : update.added()) {
            take(event);
        }
        return update.changed();
    }

    private void clear() {
        messages.clear();
        stays.clear();
        applies.clear();
        completed.clear();
        running.clear();
        startedIds.clear();
        longestFlightMicros = 0;
    }

    private void take(TraceEvent event) {
        if (event instanceof TraceEvent.Sent sent) {
            Message message = sent.message();
            messages.add(message);
            longestFlightMicros = Math.max(longestFlightMicros, message.arriveMicros() - message.sendMicros());
            if (startedIds.add(message.operationId())) {
                running.put(message.operationId(),
                        new Started(message.operationId(), message.from(), message.label(), message.sendMicros()));
            }
        } else if (event instanceof TraceEvent.Enqueued enqueued) {
            stays.add(new QueueStay(enqueued.node(), enqueued.key(), enqueued.version(), enqueued.timeMicros(), -1));
        } else if (event instanceof TraceEvent.Applied applied) {
            applies.add(applied);
            closeStay(applied);
        } else if (event instanceof TraceEvent.Completed done) {
            completed.add(done.operation());
            running.remove(done.operation().id());
        }
    }

    /** Ends the newest open stay of the applied version at that node (the queue is first in, first out per key). */
    private void closeStay(TraceEvent.Applied applied) {
        for (int i = stays.size() - 1; i >= 0; i--) {
            QueueStay stay = stays.get(i);
            if (stay.waiting() && stay.node().equals(applied.node()) && stay.key().equals(applied.key())
                    && stay.version() == applied.version()) {
                stays.set(i, new QueueStay(stay.node(), stay.key(), stay.version(), stay.enqueueMicros(), applied.timeMicros()));
                return;
            }
        }
    }

    @Override
    public List<Message> messages() {
        return Collections.unmodifiableList(messages);
    }

    /** The longest time any message took on the wire: how far before a window a message may start and still show. */
    long longestFlightMicros() {
        return longestFlightMicros;
    }

    List<QueueStay> stays() {
        return Collections.unmodifiableList(stays);
    }

    List<TraceEvent.Applied> applies() {
        return Collections.unmodifiableList(applies);
    }

    /** Finished operations in the order they finished (so by completion time). */
    List<OperationRecord> completed() {
        return Collections.unmodifiableList(completed);
    }

    /** Operations started and not yet finished, oldest first. */
    List<Started> running() {
        return List.copyOf(running.values());
    }
}
