package dev.rawlab.lesson;

import dev.rawlab.check.Checker;
import dev.rawlab.scenario.ExpectationCheck;
import dev.rawlab.scenario.ExpectationResult;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.scenario.ScenarioPlayer;
import dev.rawlab.scenario.ScenarioRun;
import dev.rawlab.store.Action;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.Session;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Plays a lesson headless, step by step, on a {@link Session}: every scripted action, every action
 * of the learner and every action of a task's solution goes through {@link Session#apply}. A step
 * plays its actions at their times (counted from the step's start), then runs until every operation
 * it started has finished (or for its {@code runMillis}). Going to any step, backwards included,
 * replays from the last setup before it: the scripted path, without the learner's tries.
 */
public final class LessonPlayer {

    private final Lesson lesson;
    private Session session;
    private StoreConfig config;
    private int current = -1;
    private StepOutcome outcome;
    /** How many log entries the session had when the current step's script ended: the learner's actions follow. */
    private int learnerFrom;
    private final Set<Long> learnerOperations = new HashSet<>();

    public LessonPlayer(Lesson lesson) {
        this.lesson = lesson;
    }

    public Lesson lesson() {
        return lesson;
    }

    /** The session being played; read it, change it through this player. Null before the first step. */
    public Session session() {
        return session;
    }

    /** The store the current step plays on (from the last setup at or before it). */
    public StoreConfig config() {
        return config;
    }

    /** The index in the session's log where the learner's actions in the current step begin. */
    public int learnerFrom() {
        return learnerFrom;
    }

    /** The index of the step played last, or -1 before the first. */
    public int stepIndex() {
        return current;
    }

    public LessonStep step() {
        return lesson.steps().get(current);
    }

    /** What came of the step played last. */
    public StepOutcome outcome() {
        return outcome;
    }

    /** Plays the next step on from the current one. */
    public StepOutcome next() {
        return goTo(current + 1);
    }

    /** Goes back to the step before the current one (by replay). */
    public StepOutcome previous() {
        return goTo(Math.max(0, current - 1));
    }

    /** Replays the current step: the learner's tries are gone. */
    public StepOutcome restart() {
        return goTo(current);
    }

    /**
     * Goes to step {@code index}: on from the current step if it is ahead on the same store and
     * the learner has not acted, else replaying from the last setup at or before it.
     */
    public StepOutcome goTo(int index) {
        if (index < 0 || index >= lesson.steps().size()) {
            throw new IndexOutOfBoundsException("step " + index + " of " + lesson.steps().size());
        }
        int from = segmentStart(index);
        boolean goOn = session != null && current >= from && current < index && learnerOperations.isEmpty()
                && session.log().size() == learnerFrom;
        if (!goOn) {
            config = lesson.steps().get(from).setup().orElseThrow();
            session = new Session(config);
            current = from - 1;
        }
        while (current < index) {
            current++;
            if (current > from && lesson.steps().get(current).setup().isPresent()) {
                throw new IllegalStateException("a setup inside a segment");
            }
            outcome = play(lesson.steps().get(current));
        }
        return outcome;
    }

    /** The first step of the store step {@code index} plays on. */
    int segmentStart(int index) {
        for (int i = index; i >= 0; i--) {
            if (lesson.steps().get(i).setup().isPresent()) {
                return i;
            }
        }
        throw new IllegalStateException("lesson " + lesson.id() + " has no setup before step " + index);
    }

    private StepOutcome play(LessonStep step) {
        learnerOperations.clear();
        long start = session.nowMicros();
        List<ActionResult> results = new ArrayList<>();
        Set<Long> started = new HashSet<>();
        for (TimedAction timed : inTimeOrder(step.actions())) {
            session.advanceTo(start + timed.atMicros());
            ActionResult result = session.apply(timed.action());
            results.add(result);
            if (result.operationId() != ActionResult.NO_OPERATION) {
                started.add(result.operationId());
            }
        }
        if (step.runMicros().isPresent()) {
            session.advanceTo(start + step.runMicros().getAsLong());
        } else {
            settle(started, start + lastMicros(step.actions()));
        }
        learnerFrom = session.log().size();
        List<ActionResult> inFileOrder = fileOrder(step.actions(), results);
        return new StepOutcome(current, start, session.nowMicros(), inFileOrder, expectations(step, start, inFileOrder));
    }

    /** Runs on until every operation in {@code operations} has finished (or the store has gone quiet too long). */
    private void settle(Set<Long> operations, long lastActionMicros) {
        long limit = lastActionMicros + ScenarioPlayer.QUIET_CAP_MICROS;
        while (!finished(operations)) {
            long next = session.nextMomentMicros();
            if (next < 0 || next > limit) {
                return;
            }
            session.stepForward();
        }
    }

    private boolean finished(Set<Long> operations) {
        if (operations.isEmpty()) {
            return true;
        }
        Set<Long> open = new HashSet<>(operations);
        session.store().trace().operations().forEach(op -> open.remove(op.id()));
        return open.isEmpty();
    }

    private List<ExpectationResult> expectations(LessonStep step, long start, List<ActionResult> results) {
        if (step.expectations().isEmpty()) {
            return List.of();
        }
        List<TimedAction> absolute = step.actions().stream()
                .map(timed -> new TimedAction(start + timed.atMicros(), timed.action())).toList();
        Scenario scenario = new Scenario(step.id(), step.title(), "", config, absolute, step.expectations(), OptionalLong.empty());
        ScenarioRun run = new ScenarioRun(scenario, session.store(), results);
        return ExpectationCheck.check(run, Checker.check(session.store().trace()));
    }

    /** Applies an action of the learner now (on the current step's store). */
    public ActionResult act(Action action) {
        ActionResult result = session.apply(action);
        if (result.operationId() != ActionResult.NO_OPERATION) {
            learnerOperations.add(result.operationId());
        }
        return result;
    }

    /** Runs on until every operation the learner started has finished. */
    public void settleLearner() {
        settle(learnerOperations, session.nowMicros());
    }

    /** Plays the current step's task's intended solution (times counted from now), then settles. */
    public void playSolution() {
        Task task = step().task().orElseThrow(() -> new IllegalStateException("step " + step().id() + " has no task"));
        long start = session.nowMicros();
        for (TimedAction timed : inTimeOrder(task.solution())) {
            session.advanceTo(start + timed.atMicros());
            act(timed.action());
        }
        settleLearner();
    }

    /** Where the current step's task stands on the live store; empty if the step has none. */
    public Optional<TaskStatus> taskStatus() {
        return step().task().map(task -> TaskJudge.judge(task, session, outcome.startMicros(), learnerFrom));
    }

    private static List<TimedAction> inTimeOrder(List<TimedAction> actions) {
        List<TimedAction> sorted = new ArrayList<>(actions);
        sorted.sort((a, b) -> Long.compare(a.atMicros(), b.atMicros()));
        return sorted;
    }

    /** The results, played in time order, put back in the order the actions are written. */
    private static List<ActionResult> fileOrder(List<TimedAction> actions, List<ActionResult> played) {
        List<TimedAction> sorted = inTimeOrder(actions);
        List<ActionResult> results = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (TimedAction action : actions) {
            for (int i = 0; i < sorted.size(); i++) {
                if (!used[i] && sorted.get(i) == action) {
                    used[i] = true;
                    results.add(played.get(i));
                    break;
                }
            }
        }
        return results;
    }

    private static long lastMicros(List<TimedAction> actions) {
        return actions.stream().mapToLong(TimedAction::atMicros).max().orElse(0);
    }
}
