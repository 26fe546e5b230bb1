package dev.rawlab.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.Expectation;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.scenario.ScenarioFile;
import dev.rawlab.scenario.ScenarioParts;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.TimedAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Gives a {@link LessonFile} its meaning: the steps (each store, scripted action, spotlight,
 * expectation and task checked against the store the step plays on), the references between
 * steps, and the quiz. Every problem is recorded; a lesson is returned only when there is none.
 */
final class LessonBuilder {

    private final SetupReader setups;
    private final ProblemList problems;

    LessonBuilder(PresetShelf presets, ProblemList problems) {
        this.setups = new SetupReader(presets);
        this.problems = problems;
    }

    Lesson build(LessonFile file, String id, String fileName) {
        required(file.title(), "title", problems);
        List<LessonFile.StepEntry> entries = file.steps() == null ? List.of() : file.steps();
        if (entries.isEmpty()) {
            problems.add("steps", Text.of("lesson.noSteps"));
        }
        List<String> ids = stepIds(entries);
        List<LessonStep> steps = new ArrayList<>();
        List<Integer> segmentStarts = new ArrayList<>();
        Segment segment = null;
        for (int i = 0; i < entries.size(); i++) {
            LessonFile.StepEntry entry = entries.get(i);
            ProblemList at = problems.under("steps[" + i + "]");
            Optional<StoreConfig> setup = Optional.empty();
            if (entry.setup() != null) {
                StoreConfig config = setups.config(entry.setup(), "setup", at);
                setup = Optional.ofNullable(config);
                segment = config == null ? null : new Segment(config, i);
            } else if (i == 0) {
                at.add("", Text.of("lesson.step.firstNeedsSetup"));
            }
            segmentStarts.add(segment == null ? -1 : segment.firstStep);
            steps.add(step(entry, ids.get(i), setup, segment, at));
        }
        checkRetries(entries, ids, segmentStarts);
        List<Question> quiz = new QuizBuilder(setups, problems).build(file.quiz(), ids);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Lesson(id, fileName, file.title(), file.summary(), steps, quiz);
    }

    /** Each step's id: as written, or {@code step-N} (from 1); a repeated id is a problem. */
    private List<String> stepIds(List<LessonFile.StepEntry> entries) {
        List<String> ids = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).id() == null ? "step-" + (i + 1) : entries.get(i).id();
            if (id.isBlank()) {
                problems.add("steps[" + i + "].id", Text.of("lesson.blank"));
            } else if (!seen.add(id)) {
                problems.add("steps[" + i + "].id", Text.of("lesson.step.idTwice", id));
            }
            ids.add(id);
        }
        return ids;
    }

    private LessonStep step(LessonFile.StepEntry entry, String id, Optional<StoreConfig> setup, Segment segment,
                            ProblemList at) {
        int before = at.size();
        required(entry.narration(), "narration", at);
        if (segment == null) {
            return null;
        }
        List<ScenarioFile.ActionEntry> written = entry.actions() == null ? List.of() : entry.actions();
        List<TimedAction> actions = actions(written, "actions", segment, at);
        OptionalLong runMicros = runMicros(entry.runMillis(), actions, at);
        List<String> spotlight = spotlight(entry.spotlight(), segment, at);
        List<Expectation> expectations = new ArrayList<>();
        List<ScenarioFile.ExpectEntry> expect = entry.expect() == null ? List.of() : entry.expect();
        for (int k = 0; k < expect.size(); k++) {
            expectations.add(ScenarioParts.expectation(written, segment.config, expect.get(k), k, at));
        }
        Optional<Task> task = entry.task() == null ? Optional.empty()
                : Optional.ofNullable(new TaskBuilder(segment, at.under("task")).build(entry.task(), id));
        if (at.size() > before) {
            return null;
        }
        return new LessonStep(id, entry.title(), entry.narration(), setup, actions, runMicros, spotlight, expectations, task);
    }

    /** The actions written at {@code field}, checked against the segment's store; their keys join the segment's. */
    static List<TimedAction> actions(List<ScenarioFile.ActionEntry> written, String field, Segment segment, ProblemList at) {
        List<TimedAction> actions = new ArrayList<>();
        for (int j = 0; j < written.size(); j++) {
            ScenarioFile.ActionEntry entry = written.get(j);
            actions.add(ScenarioParts.action(segment.config, segment.users(), entry, field + "[" + j + "]", at));
            if (entry.key() != null && ("put".equals(entry.kind()) || "delete".equals(entry.kind()))) {
                segment.keys.add(entry.key());
            }
        }
        return actions;
    }

    private static OptionalLong runMicros(Double runMillis, List<TimedAction> actions, ProblemList at) {
        if (runMillis == null) {
            return OptionalLong.empty();
        }
        if (runMillis < 0 || runMillis.isNaN() || runMillis.isInfinite()) {
            at.add("runMillis", Text.of("lesson.step.runMillis"));
            return OptionalLong.empty();
        }
        long run = Micros.ofMillis(runMillis);
        for (TimedAction action : actions) {
            if (action != null && action.atMicros() > run) {
                at.add("runMillis", Text.of("lesson.step.runTooShort", Micros.formatMillis(run),
                        Micros.formatMillis(action.atMicros())));
                break;
            }
        }
        return OptionalLong.of(run);
    }

    private static List<String> spotlight(List<String> written, Segment segment, ProblemList at) {
        if (written == null) {
            return List.of();
        }
        Set<String> known = segment.spotlightNames(ScenarioParts.nodeNames(segment.config));
        for (int k = 0; k < written.size(); k++) {
            if (!known.contains(written.get(k))) {
                at.add("spotlight[" + k + "]", Text.of("lesson.step.spotlight", written.get(k), String.join(", ", known)));
            }
        }
        return written;
    }

    /** A task's {@code retryFrom} must name its own step or an earlier one on the same store. */
    private void checkRetries(List<LessonFile.StepEntry> entries, List<String> ids, List<Integer> segmentStarts) {
        for (int i = 0; i < entries.size(); i++) {
            LessonFile.TaskEntry task = entries.get(i).task();
            if (task == null || task.retryFrom() == null) {
                continue;
            }
            String path = "steps[" + i + "].task.retryFrom";
            int target = ids.indexOf(task.retryFrom());
            if (target < 0) {
                problems.add(path, Text.of("lesson.unknownStep", task.retryFrom(), String.join(", ", ids)));
            } else if (target > i || target < segmentStarts.get(i)) {
                problems.add(path, Text.of("lesson.task.unreachableRetry", task.retryFrom(), ids.get(i)));
            }
        }
    }

    static void required(String value, String field, ProblemList at) {
        if (value == null) {
            at.add(field, Text.of("lesson.missing", field));
        } else if (value.isBlank()) {
            at.add(field, Text.of("lesson.blank"));
        }
    }
}
