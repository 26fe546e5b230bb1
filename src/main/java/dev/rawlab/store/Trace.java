package dev.rawlab.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The append-only record of a run. With {@code detailed} off only actions and finished operations
 * are kept (what experiments and benchmarks need); with it on, every internal event too.
 */
public final class Trace {

    private final List<TraceEvent> events = new ArrayList<>();
    private final List<OperationRecord> operations = new ArrayList<>();
    private final boolean detailed;

    public Trace(boolean detailed) {
        this.detailed = detailed;
    }

    public boolean detailed() {
        return detailed;
    }

    void add(TraceEvent event) {
        if (detailed || !event.internal()) {
            events.add(event);
        }
        if (event instanceof TraceEvent.Completed completed) {
            operations.add(completed.operation());
        }
    }

    /** Every event recorded, in the order it happened. */
    public List<TraceEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Every finished operation, in the order they finished. */
    public List<OperationRecord> operations() {
        return Collections.unmodifiableList(operations);
    }

    /** The whole trace as text, one event a line: equal runs give equal strings. */
    public String text() {
        StringBuilder text = new StringBuilder();
        for (TraceEvent event : events) {
            text.append(event.line()).append('\n');
        }
        return text.toString();
    }
}
