package dev.rawlab.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.scenario.ProblemList;
import dev.rawlab.scenario.Scenario;
import dev.rawlab.store.Action;
import dev.rawlab.store.OperationRecord;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a lesson file's {@code quiz} into {@link Question}s: ids unique, every choice explained,
 * the answer (or answers) among the choices, the step a question follows one of the lesson's, and
 * for a predict-then-observe question a situation that plays and an operation to watch.
 */
final class QuizBuilder {

    private final SetupReader setups;
    private final ProblemList problems;

    QuizBuilder(SetupReader setups, ProblemList problems) {
        this.setups = setups;
        this.problems = problems;
    }

    List<Question> build(List<LessonFile.QuestionEntry> entries, List<String> stepIds) {
        List<Question> quiz = new ArrayList<>();
        if (entries == null) {
            return quiz;
        }
        Set<String> ids = new HashSet<>();
        for (int q = 0; q < entries.size(); q++) {
            ProblemList at = problems.under("quiz[" + q + "]");
            LessonFile.QuestionEntry entry = entries.get(q);
            if (entry.id() != null && !ids.add(entry.id())) {
                at.add("id", Text.of("lesson.quiz.idTwice", entry.id()));
            }
            quiz.add(question(entry, stepIds, at));
        }
        return quiz;
    }

    private Question question(LessonFile.QuestionEntry entry, List<String> stepIds, ProblemList at) {
        int before = at.size();
        LessonBuilder.required(entry.id(), "id", at);
        LessonBuilder.required(entry.question(), "question", at);
        QuestionKind kind = kind(entry.kind(), at);
        if (entry.afterStep() != null && !stepIds.contains(entry.afterStep())) {
            at.add("afterStep", Text.of("lesson.unknownStep", entry.afterStep(), String.join(", ", stepIds)));
        }
        List<Choice> choices = choices(entry.choices(), kind, at);
        Set<String> correct = kind == null ? Set.of() : answers(entry, kind, choices, at);
        Optional<Prediction> prediction = kind == null ? Optional.empty() : prediction(entry, kind, at);
        if (at.size() > before) {
            return null;
        }
        return new Question(entry.id(), kind, entry.question(), choices, correct, entry.afterStep(), prediction, entry.reveal());
    }

    private static QuestionKind kind(String text, ProblemList at) {
        List<String> names = new ArrayList<>();
        for (QuestionKind kind : QuestionKind.values()) {
            if (kind.fileName().equals(text)) {
                return kind;
            }
            names.add(kind.fileName());
        }
        if (text == null) {
            at.add("", Text.of("lesson.missing", "kind"));
        } else {
            at.add("kind", Text.of("scenario.choice", text, String.join(", ", names)));
        }
        return null;
    }

    private static List<Choice> choices(List<LessonFile.ChoiceEntry> written, QuestionKind kind, ProblemList at) {
        List<Choice> choices = new ArrayList<>();
        if (written == null || written.size() < 2) {
            at.add(written == null ? "" : "choices", Text.of("lesson.quiz.fewChoices"));
            return choices;
        }
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < written.size(); c++) {
            LessonFile.ChoiceEntry entry = written.get(c);
            ProblemList choice = at.under("choices[" + c + "]");
            LessonBuilder.required(entry.id(), "id", choice);
            LessonBuilder.required(entry.text(), "text", choice);
            LessonBuilder.required(entry.explanation(), "explanation", choice);
            if (entry.id() != null && !ids.add(entry.id())) {
                choice.add("id", Text.of("lesson.quiz.choiceTwice", entry.id()));
            }
            if (kind == QuestionKind.PREDICT && entry.status() == null) {
                choice.add("", Text.of("lesson.quiz.predictionStatus"));
            } else if (kind != null && kind != QuestionKind.PREDICT && (entry.status() != null || entry.version() != null)) {
                choice.add(entry.status() != null ? "status" : "version", Text.of("lesson.quiz.onlyPredict"));
            }
            if (entry.status() != null && !OperationRecord.STATUSES.contains(entry.status())) {
                choice.add("status", Text.of("scenario.expect.status", String.valueOf(entry.status())));
            }
            choices.add(new Choice(entry.id(), entry.text(), entry.explanation(), entry.status(), entry.version()));
        }
        return choices;
    }

    private static Set<String> answers(LessonFile.QuestionEntry entry, QuestionKind kind, List<Choice> choices,
                                       ProblemList at) {
        List<String> ids = choices.stream().map(Choice::id).toList();
        Set<String> correct = new LinkedHashSet<>();
        if (kind == QuestionKind.MULTIPLE) {
            if (entry.answer() != null) {
                at.add("answer", Text.of("lesson.quiz.answersForMultiple"));
            } else if (entry.answers() == null || entry.answers().isEmpty()) {
                at.add("", Text.of("lesson.missing", "answers"));
            } else {
                for (int a = 0; a < entry.answers().size(); a++) {
                    checkAmong(entry.answers().get(a), ids, "answers[" + a + "]", at);
                    correct.add(entry.answers().get(a));
                }
            }
        } else if (entry.answers() != null) {
            at.add("answers", Text.of("lesson.quiz.answerForSingle", kind.fileName()));
        } else if (entry.answer() == null) {
            at.add("", Text.of("lesson.missing", "answer"));
        } else {
            checkAmong(entry.answer(), ids, "answer", at);
            correct.add(entry.answer());
        }
        return correct;
    }

    private static void checkAmong(String answer, List<String> ids, String field, ProblemList at) {
        if (!ids.isEmpty() && !ids.contains(answer)) {
            at.add(field, Text.of("lesson.quiz.answerNotAChoice", answer, String.join(", ", ids)));
        }
    }

    private Optional<Prediction> prediction(LessonFile.QuestionEntry entry, QuestionKind kind, ProblemList at) {
        if (kind != QuestionKind.PREDICT) {
            if (entry.setup() != null || entry.observe() != null) {
                at.add(entry.setup() != null ? "setup" : "observe", Text.of("lesson.quiz.onlyPredict"));
            }
            return Optional.empty();
        }
        if (entry.setup() == null) {
            at.add("", Text.of("lesson.missing", "setup"));
            return Optional.empty();
        }
        Scenario scenario = setups.scenario(entry.setup(), "setup", at);
        if (entry.observe() == null) {
            at.add("", Text.of("lesson.missing", "observe"));
            return Optional.empty();
        }
        if (scenario == null) {
            return Optional.empty();
        }
        int observe = entry.observe();
        if (observe < 0 || observe >= scenario.actions().size() || !startsOperation(scenario.actions().get(observe).action())) {
            at.add("observe", Text.of("lesson.quiz.observe", String.valueOf(observe), String.valueOf(scenario.actions().size())));
            return Optional.empty();
        }
        return Optional.of(new Prediction(scenario, observe));
    }

    private static boolean startsOperation(Action action) {
        return action instanceof Action.Put || action instanceof Action.Get || action instanceof Action.ListKeys
                || action instanceof Action.Delete;
    }
}
