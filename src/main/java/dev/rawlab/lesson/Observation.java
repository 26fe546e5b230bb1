package dev.rawlab.lesson;

import dev.rawlab.check.CheckedOperation;
import dev.rawlab.i18n.Text;
import java.util.Optional;

/**
 * What a predict-then-observe question's situation showed: the watched operation as the checker
 * judged it, one sentence saying what it did, and the choice that predicted it.
 */
public record Observation(CheckedOperation operation, Text seen, Optional<Choice> rightPrediction) {

    /** Whether {@code choice} predicted what happened (same status, and same version if it names one). */
    public boolean predictedBy(Choice choice) {
        return choice.status() != null && choice.status() == operation.operation().status()
                && (choice.version() == null || choice.version() == operation.operation().version());
    }
}
