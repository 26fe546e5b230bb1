package dev.rawlab.lesson;

import dev.rawlab.store.Action;
import java.util.Locale;

/** A rule a task's learner must keep: a kind of change they may not make while solving it. */
public enum Constraint {
    /** No replica's lag may change ("without changing any lag"). */
    KEEP_LAGS,
    /** The network delay may not change. */
    KEEP_NETWORK,
    /** No node may be taken offline or brought back. */
    KEEP_NODES,
    /** The fixes may not be switched (the strategy stays as the step left it). */
    KEEP_STRATEGY,
    /** No single read may be sent to the primary on purpose. */
    NO_CONSISTENT_READ;

    /** The name in lesson files: {@code keep-lags}, {@code no-consistent-read}, ... */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether {@code action} breaks this rule. */
    public boolean brokenBy(Action action) {
        return switch (this) {
            case KEEP_LAGS -> action instanceof Action.SetLag;
            case KEEP_NETWORK -> action instanceof Action.SetNetwork;
            case KEEP_NODES -> action instanceof Action.TakeOffline || action instanceof Action.BringOnline;
            case KEEP_STRATEGY -> action instanceof Action.SetStrategy;
            case NO_CONSISTENT_READ -> action instanceof Action.Get get && get.consistent();
        };
    }
}
