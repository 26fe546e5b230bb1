package dev.rawlab.lesson;

import dev.rawlab.check.CheckReport;
import dev.rawlab.check.CheckedOperation;
import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ScenarioPlayer;
import dev.rawlab.scenario.ScenarioRun;
import dev.rawlab.store.OperationRecord;
import java.util.Optional;

/** Plays the situation of a predict-then-observe question and reports what the watched operation did. */
public final class Predictions {

    private Predictions() {
    }

    /** The observation, or empty if the watched operation never finished. */
    public static Optional<Observation> observe(Question question) {
        Prediction prediction = question.prediction().orElseThrow(
                () -> new IllegalArgumentException("question " + question.id() + " is not predict-then-observe"));
        ScenarioRun run = ScenarioPlayer.play(prediction.scenario());
        Optional<OperationRecord> watched = run.operation(prediction.observe());
        if (watched.isEmpty()) {
            return Optional.empty();
        }
        CheckReport report = run.check();
        CheckedOperation checked = report.operations().stream()
                .filter(candidate -> candidate.operation().id() == watched.get().id()).findFirst().orElseThrow();
        OperationRecord op = checked.operation();
        Text seen = Text.of("scenario.expect.seen", op.op().name(), op.key(), String.valueOf(op.status()),
                String.valueOf(op.version()), op.node(), op.attempts(), checked.verdict().fileName());
        Observation observation = new Observation(checked, seen, Optional.empty());
        Optional<Choice> right = question.choices().stream().filter(observation::predictedBy).findFirst();
        return Optional.of(new Observation(checked, seen, right));
    }
}
