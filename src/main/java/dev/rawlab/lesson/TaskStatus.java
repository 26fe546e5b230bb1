package dev.rawlab.lesson;

import dev.rawlab.check.CheckedOperation;
import java.util.List;

/**
 * Where a task stands on the live store.
 *
 * @param meeting the operations that meet the goal so far
 * @param needed  how many it takes
 * @param broken  the rules the learner's actions broke (the goal does not count as met while any is)
 */
public record TaskStatus(List<CheckedOperation> meeting, int needed, List<Constraint> broken) {

    public TaskStatus {
        meeting = List.copyOf(meeting);
        broken = List.copyOf(broken);
    }

    /** Whether enough operations meet the goal, broken rules aside. */
    public boolean goalReached() {
        return meeting.size() >= needed;
    }

    /** Whether the goal is reached and no rule was broken: the task is done. */
    public boolean met() {
        return goalReached() && broken.isEmpty();
    }
}
