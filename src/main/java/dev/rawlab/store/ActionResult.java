package dev.rawlab.store;

import dev.rawlab.i18n.Text;
import java.util.List;

/**
 * What became of one action: accepted (with the operation id when it started one), or refused with
 * the reasons, in which case the store is exactly as it was.
 */
public record ActionResult(boolean accepted, long operationId, List<Text> problems) {

    public static final long NO_OPERATION = -1;

    public ActionResult {
        problems = List.copyOf(problems);
    }

    static ActionResult ok() {
        return new ActionResult(true, NO_OPERATION, List.of());
    }

    static ActionResult started(long operationId) {
        return new ActionResult(true, operationId, List.of());
    }

    static ActionResult refused(List<Text> problems) {
        return new ActionResult(false, NO_OPERATION, problems);
    }

    static ActionResult refused(Text problem) {
        return refused(List.of(problem));
    }
}
