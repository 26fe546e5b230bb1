package dev.rawlab.lesson;

import dev.rawlab.check.CheckedOperation;
import dev.rawlab.check.Checker;
import dev.rawlab.store.Session;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges a task on a live session: which operations begun since its step started meet the goal,
 * and which rules the learner's actions (the session's log entries from a given index on) broke.
 * The headless player and the window's lesson panel ask the same question this way.
 */
public final class TaskJudge {

    private TaskJudge() {
    }

    /**
     * @param stepStartMicros when the task's step began
     * @param learnerFrom     the index in the session's log of the learner's first action
     */
    public static TaskStatus judge(Task task, Session session, long stepStartMicros, int learnerFrom) {
        Goal goal = task.goal();
        List<CheckedOperation> meeting = Checker.check(session.store().trace()).operations().stream()
                .filter(checked -> goal.metBy(checked, stepStartMicros)).toList();
        List<TimedAction> log = session.log();
        List<TimedAction> learner = log.subList(Math.min(learnerFrom, log.size()), log.size());
        List<Constraint> broken = new ArrayList<>();
        for (Constraint constraint : task.constraints()) {
            if (learner.stream().anyMatch(timed -> constraint.brokenBy(timed.action()))) {
                broken.add(constraint);
            }
        }
        return new TaskStatus(meeting, goal.times(), broken);
    }
}
