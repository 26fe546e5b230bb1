package dev.rawlab.lesson;

import dev.rawlab.check.Verdict;
import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.scenario.ScenarioParts;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a step's {@code task} into a {@link Task}: the prompt, the goal (whose user must be one of
 * the store's and whose key one the lesson writes), the rules, at least one hint, and the intended
 * solution as actions on the step's store.
 */
final class TaskBuilder {

    private final Segment segment;
    private final ProblemList at;

    TaskBuilder(Segment segment, ProblemList at) {
        this.segment = segment;
        this.at = at;
    }

    Task build(LessonFile.TaskEntry entry, String stepId) {
        int before = at.size();
        LessonBuilder.required(entry.prompt(), "prompt", at);
        List<String> hints = entry.hints() == null ? List.of() : entry.hints();
        if (hints.isEmpty()) {
            at.add("hints", Text.of("lesson.task.noHints"));
        }
        if (entry.solution() == null || entry.solution().isEmpty()) {
            at.add("solution", Text.of("lesson.task.noSolution"));
        }
        List<TimedAction> solution = entry.solution() == null ? List.of()
                : LessonBuilder.actions(entry.solution(), "solution", segment, at);
        Set<Constraint> constraints = constraints(entry.constraints());
        Goal goal = entry.goal() == null ? null : goal(entry.goal());
        if (entry.goal() == null) {
            at.add("goal", Text.of("lesson.missing", "goal"));
        }
        if (at.size() > before) {
            return null;
        }
        return new Task(entry.prompt(), goal, constraints, hints, solution,
                entry.retryFrom() == null ? stepId : entry.retryFrom());
    }

    private Set<Constraint> constraints(List<String> written) {
        Set<Constraint> constraints = new LinkedHashSet<>();
        if (written == null) {
            return constraints;
        }
        List<String> names = new ArrayList<>();
        for (Constraint constraint : Constraint.values()) {
            names.add(constraint.fileName());
        }
        for (int k = 0; k < written.size(); k++) {
            int index = names.indexOf(written.get(k));
            if (index < 0) {
                at.add("constraints[" + k + "]", Text.of("scenario.choice", written.get(k), String.join(", ", names)));
            } else {
                constraints.add(Constraint.values()[index]);
            }
        }
        return constraints;
    }

    private Goal goal(LessonFile.GoalEntry entry) {
        ProblemList goal = at.under("goal");
        int before = at.size();
        Set<String> users = segment.users();
        if (entry.user() == null) {
            goal.add("", Text.of("lesson.missing", "user"));
        } else if (!users.contains(entry.user())) {
            goal.add("user", Text.of("lesson.goal.unknownUser", entry.user(), String.join(", ", users)));
        }
        OpKind op = op(entry.op(), goal);
        if (entry.key() == null) {
            goal.add("", Text.of("lesson.missing", "key"));
        } else if (op != null && op != OpKind.PUT && !knownKey(entry.key(), op)) {
            goal.add("key", Text.of("lesson.goal.unknownKey", entry.key(),
                    segment.keys.isEmpty() ? Text.of("lesson.goal.noKeys") : String.join(", ", segment.keys)));
        }
        if (entry.status() != null && !OperationRecord.STATUSES.contains(entry.status())) {
            goal.add("status", Text.of("scenario.expect.status", String.valueOf(entry.status())));
        }
        Verdict verdict = ScenarioParts.verdict(entry.verdict(), "verdict", goal);
        List<String> nodes = ScenarioParts.nodeNames(segment.config);
        if (entry.node() != null && !nodes.contains(entry.node()) && !StoreConfig.CACHE.equals(entry.node())
                && !StoreConfig.LOAD_BALANCER.equals(entry.node())) {
            goal.add("node", Text.of("scenario.expect.node", entry.node(), String.join(", ", nodes)));
        }
        Long within = null;
        if (entry.withinMillis() != null) {
            if (entry.withinMillis() < 0 || entry.withinMillis().isNaN() || entry.withinMillis().isInfinite()) {
                goal.add("withinMillis", Text.of("lesson.step.runMillis"));
            } else {
                within = Micros.ofMillis(entry.withinMillis());
            }
        }
        if (entry.times() != null && entry.times() < 1) {
            goal.add("times", Text.of("lesson.goal.times", String.valueOf(entry.times())));
        }
        if (at.size() > before) {
            return null;
        }
        return new Goal(entry.user(), op, entry.key(), entry.status(), entry.version(), verdict, entry.node(), within,
                entry.times() == null ? 1 : entry.times());
    }

    private static OpKind op(String text, ProblemList goal) {
        if (text == null) {
            goal.add("", Text.of("lesson.missing", "op"));
            return null;
        }
        for (OpKind kind : OpKind.values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(text)) {
                return kind;
            }
        }
        goal.add("op", Text.of("scenario.choice", text, "put, get, list, delete"));
        return null;
    }

    /** For a GET or DELETE the key itself; for a LIST a prefix of one of the keys. */
    private boolean knownKey(String key, OpKind op) {
        if (op == OpKind.LIST) {
            return segment.keys.stream().anyMatch(written -> written.startsWith(key));
        }
        return segment.keys.contains(key);
    }
}
