package dev.rawlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rawlab.scenario.ScenarioFile;
import java.util.List;

/**
 * A lesson file exactly as written, before any meaning is given to it: what Jackson reads. Absent
 * fields are null. Scripted actions, expectations and inline scenarios have the shapes of a
 * scenario file's, so they are read and checked by the same code.
 */
record LessonFile(String title, String summary, List<StepEntry> steps, List<QuestionEntry> quiz) {

    /** One step: what the narrator says, what plays, what to look at, and maybe a task. */
    record StepEntry(String id, String title, String narration, SetupEntry setup,
                     List<ScenarioFile.ActionEntry> actions, Double runMillis, List<String> spotlight,
                     @JsonProperty("expect") List<ScenarioFile.ExpectEntry> expect, TaskEntry task) {
    }

    /** A fresh store: the store of a preset, or a scenario written inline. */
    record SetupEntry(String preset, ScenarioFile scenario) {
    }

    /** A "your turn" task: a goal checked on the live store, rules, hints and the intended solution. */
    record TaskEntry(String prompt, GoalEntry goal, List<String> constraints, List<String> hints,
                     List<ScenarioFile.ActionEntry> solution, String retryFrom) {
    }

    /** What must be seen for the task to be done: an operation of one user, and what it must return. */
    record GoalEntry(String user, String op, String key, Integer status, Long version, String verdict, String node,
                     Double withinMillis, Integer times) {
    }

    /** One quiz question; which fields belong depends on {@code kind}. */
    record QuestionEntry(String id, String kind, String question, List<ChoiceEntry> choices, String answer,
                         List<String> answers, String afterStep, SetupEntry setup, Integer observe, String reveal) {
    }

    /** One choice, with the explanation shown when it is picked; a prediction also names the outcome it predicts. */
    record ChoiceEntry(String id, String text, String explanation, Integer status, Long version) {
    }
}
