package dev.rawlab.ui;

import dev.rawlab.store.Trace;
import dev.rawlab.store.TraceEvent;
import java.util.List;

/**
 * Follows one run's trace so a view can read only what is new. The trace only ever grows, so the
 * events since the last look are a tail of it; a different trace object (a rewind replays into a
 * fresh store, a new run loads a new session) or a shorter one means start over.
 */
final class TraceFollower {

    /** What changed since the last look: {@code reset} when the view must start over from {@code added}. */
    record Update(boolean reset, List<TraceEvent> added) {
        boolean changed() {
            return reset || !added.isEmpty();
        }
    }

    private Trace followed;
    private int seen;

    /** The events added to {@code trace} since the last call (all of them, with reset, if it is another trace). */
    Update follow(Trace trace) {
        List<TraceEvent> events = trace.events();
        boolean reset = trace != followed || events.size() < seen;
        int from = reset ? 0 : seen;
        followed = trace;
        seen = events.size();
        return new Update(reset, List.copyOf(events.subList(from, events.size())));
    }
}
