package dev.rawlab.lesson;

import dev.rawlab.check.CheckedOperation;
import java.util.List;
import java.util.Optional;

/**
 * Where a task stands on the live store.
 *
 * @param meeting the operation that meets the goal, if one does
 * @param broken  the rules the learner's actions broke (the goal does not count as met while any is)
 */
public record TaskStatus(Optional<CheckedOperation> meeting, List<Constraint> broken) {

    public TaskStatus {
        broken = List.copyOf(broken);
    }

    /** Whether the goal is met and no rule was broken: the task is done. */
    public boolean met() {
        return meeting.isPresent() && broken.isEmpty();
    }
}
