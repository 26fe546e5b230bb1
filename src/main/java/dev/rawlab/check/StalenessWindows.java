package dev.rawlab.check;

import dev.rawlab.store.TraceEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Follows each acknowledged write's staleness window through the trace's queue events, one event
 * at a time: the window runs from the acknowledgement until every node that was sent a copy of the
 * key holds that version or a newer one. Needs a detailed trace (with Enqueued and Applied events).
 */
final class StalenessWindows {

    /** One write's window as it develops. */
    private static final class Open {
        final AckedWrites.Ack ack;
        final Set<String> waitingFor = new TreeSet<>();
        long lastReachedMicros;

        Open(AckedWrites.Ack ack) {
            this.ack = ack;
            this.lastReachedMicros = ack.ackMicros();
        }

        WriteWindow window() {
            return new WriteWindow(ack.operationId(), ack.key(), ack.version(), ack.ackMicros(),
                    waitingFor.isEmpty() ? lastReachedMicros : -1);
        }
    }

    private final Map<String, Set<String>> copiesByKey = new HashMap<>();
    private final Map<String, Long> heldVersions = new HashMap<>();
    private final Map<String, List<Open>> byKey = new HashMap<>();
    private final Map<String, List<Open>> openByKey = new HashMap<>();
    private final List<Open> all = new ArrayList<>();

    /** A node was sent a copy of a key: every window of that key now also waits for this node. */
    void enqueued(TraceEvent.Enqueued event) {
        if (!copiesByKey.computeIfAbsent(event.key(), k -> new TreeSet<>()).add(event.node())) {
            return;
        }
        for (Open open : byKey.getOrDefault(event.key(), List.of())) {
            if (held(event.node(), event.key()) < open.ack.version() && open.waitingFor.add(event.node()) && open.waitingFor.size() == 1) {
                openByKey.computeIfAbsent(event.key(), k -> new ArrayList<>()).add(open);
            }
        }
    }

    /** A node applied a version: the windows of older or equal versions of that key stop waiting for it. */
    void applied(TraceEvent.Applied event) {
        heldVersions.merge(event.node() + '\u0000' + event.key(), event.version(), Math::max);
        List<Open> open = openByKey.get(event.key());
        if (open == null) {
            return;
        }
        for (Iterator<Open> it = open.iterator(); it.hasNext(); ) {
            Open window = it.next();
            if (window.ack.version() <= event.version() && window.waitingFor.remove(event.node())) {
                window.lastReachedMicros = Math.max(window.lastReachedMicros, event.timeMicros());
                if (window.waitingFor.isEmpty()) {
                    it.remove();
                }
            }
        }
    }

    /** A write was acknowledged: its window opens, waiting for every copy that does not have it yet. */
    void acknowledged(AckedWrites.Ack ack) {
        Open open = new Open(ack);
        for (String node : copiesByKey.getOrDefault(ack.key(), Set.of())) {
            if (held(node, ack.key()) < ack.version()) {
                open.waitingFor.add(node);
            }
        }
        byKey.computeIfAbsent(ack.key(), k -> new ArrayList<>()).add(open);
        if (!open.waitingFor.isEmpty()) {
            openByKey.computeIfAbsent(ack.key(), k -> new ArrayList<>()).add(open);
        }
        all.add(open);
    }

    private long held(String node, String key) {
        return heldVersions.getOrDefault(node + '\u0000' + key, 0L);
    }

    /** Every window so far, in order of acknowledgement. */
    List<WriteWindow> windows() {
        List<WriteWindow> windows = new ArrayList<>(all.size());
        for (Open open : all) {
            windows.add(open.window());
        }
        return windows;
    }
}
