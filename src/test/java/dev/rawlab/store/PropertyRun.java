package dev.rawlab.store;

import dev.rawlab.sim.Micros;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plays a config and timed steps through {@link Store#apply(Action)}, then brings every node online
 * and runs until quiet, and keeps what the properties need about each operation: the action that
 * started it, the strategy and cache in force when it started, the "regime" (strategy and cache
 * unchanged since) at its start and end, how many operations had finished before it began, and
 * how often its user had been reassigned at its start and end. Also checks on the way that a
 * refused action changed nothing.
 */
final class PropertyRun {

    /** How long quiescence may take, in simulated time, before the run counts as stuck. */
    static final long QUIET_LIMIT_MICROS = 3_600L * Micros.PER_SECOND;

    /** One operation as the run saw it. */
    static final class Op {
        final long id;
        final int step;
        final Action action;
        final Strategy strategy;
        final boolean cacheOn;
        final int regimeAtInvoke;
        final int finishedBeforeInvoke;
        final int reassignsAtInvoke;
        OperationRecord record;
        int finishIndex = -1;
        int regimeAtFinish = -1;
        int reassignsAtFinish = -1;

        Op(long id, int step, Action action, Strategy strategy, boolean cacheOn, int regime, int finishedBefore, int reassigns) {
            this.id = id;
            this.step = step;
            this.action = action;
            this.strategy = strategy;
            this.cacheOn = cacheOn;
            this.regimeAtInvoke = regime;
            this.finishedBeforeInvoke = finishedBefore;
            this.reassignsAtInvoke = reassigns;
        }

        boolean finished() {
            return record != null;
        }

        /** Whether strategy and cache stayed as they were from this operation's start to its end. */
        boolean steadyRegime() {
            return finished() && regimeAtInvoke == regimeAtFinish;
        }

        String forcedNode() {
            if (action instanceof Action.Put put) {
                return put.node();
            } else if (action instanceof Action.Get get) {
                return get.node();
            } else if (action instanceof Action.ListKeys list) {
                return list.node();
            } else if (action instanceof Action.Delete delete) {
                return delete.node();
            }
            return null;
        }

        @Override
        public String toString() {
            return "step " + step + " " + action.describe() + " -> " + (record == null ? "unfinished" : record.line());
        }
    }

    final StoreConfig config;
    final Store store;
    final List<Step> steps;
    final Map<Long, Op> ops = new LinkedHashMap<>();
    final List<Op> byFinish = new ArrayList<>();
    final List<String> refusalChanges = new ArrayList<>();
    final boolean checkRefusals;
    RuntimeException crash;
    boolean quiet;
    StoreSnapshot finalSnapshot;

    private int regime;
    private boolean cacheOn;
    private int eventsSeen;
    private final Map<String, Integer> reassigns = new HashMap<>();

    private PropertyRun(StoreConfig config, List<Step> steps, boolean checkRefusals) {
        this.config = config;
        this.store = Store.create(config);
        this.steps = List.copyOf(steps);
        this.checkRefusals = checkRefusals;
        this.cacheOn = config.cacheEnabled();
    }

    /** Plays {@code steps} on a store made from {@code config}; never throws (a crash is kept). */
    static PropertyRun play(StoreConfig config, List<Step> steps, boolean checkRefusals) {
        PropertyRun run = new PropertyRun(config, steps, checkRefusals);
        try {
            run.playSteps();
            run.quiesce();
        } catch (RuntimeException e) {
            run.crash = e;
        }
        return run;
    }

    private void playSteps() {
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            store.advanceTo(step.atMicros());
            noteFinished();
            apply(i, step.action());
        }
    }

    private void quiesce() {
        for (StoreSnapshot.NodeView node : store.snapshot().nodes()) {
            if (!node.online()) {
                apply(-1, new Action.BringOnline(node.id()));
            }
        }
        quiet = store.runUntilQuiet(store.nowMicros() + QUIET_LIMIT_MICROS);
        noteFinished();
        finalSnapshot = store.snapshot();
    }

    private void apply(int stepIndex, Action action) {
        StoreSnapshot before = checkRefusals ? store.snapshot() : null;
        int eventsBefore = store.trace().events().size();
        Strategy strategy = store.strategy();
        ActionResult result = store.apply(action);
        if (!result.accepted()) {
            if (before != null && (!store.snapshot().equals(before) || store.trace().events().size() != eventsBefore + 1)) {
                refusalChanges.add("step " + stepIndex + " " + action.describe() + " was refused but changed the store");
            }
        } else if (action instanceof Action.SetStrategy || action instanceof Action.SetCache) {
            regime++;
            if (action instanceof Action.SetCache set) {
                cacheOn = set.ttlMillis() > 0;
            }
        }
        noteReassignments();
        if (result.operationId() != ActionResult.NO_OPERATION) {
            String user = userOf(action);
            ops.put(result.operationId(), new Op(result.operationId(), stepIndex, action, strategy, cacheOn, regime,
                    store.trace().operations().size(), reassigns.getOrDefault(user, 0)));
        }
    }

    private void noteReassignments() {
        List<TraceEvent> events = store.trace().events();
        for (; eventsSeen < events.size(); eventsSeen++) {
            if (events.get(eventsSeen) instanceof TraceEvent.Reassigned moved) {
                reassigns.merge(moved.user(), 1, Integer::sum);
            }
        }
    }

    /** Operations finish only while time runs (never inside apply), so the regime now is their regime at the end. */
    private void noteFinished() {
        List<OperationRecord> records = store.trace().operations();
        while (byFinish.size() < records.size()) {
            OperationRecord record = records.get(byFinish.size());
            Op op = ops.get(record.id());
            op.record = record;
            op.finishIndex = byFinish.size();
            op.regimeAtFinish = regime;
            op.reassignsAtFinish = reassigns.getOrDefault(record.user(), 0);
            byFinish.add(op);
        }
    }

    private static String userOf(Action action) {
        if (action instanceof Action.Put put) {
            return put.user();
        } else if (action instanceof Action.Get get) {
            return get.user();
        } else if (action instanceof Action.ListKeys list) {
            return list.user();
        } else if (action instanceof Action.Delete delete) {
            return delete.user();
        }
        return "";
    }
}
