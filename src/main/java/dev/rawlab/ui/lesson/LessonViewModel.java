package dev.rawlab.ui.lesson;

import dev.rawlab.i18n.Text;
import dev.rawlab.lesson.Lesson;
import dev.rawlab.lesson.LessonCatalog;
import dev.rawlab.lesson.LessonPlayer;
import dev.rawlab.lesson.LessonStep;
import dev.rawlab.lesson.Observation;
import dev.rawlab.lesson.Predictions;
import dev.rawlab.lesson.Progress;
import dev.rawlab.lesson.ProgressStore;
import dev.rawlab.lesson.Question;
import dev.rawlab.lesson.QuestionKind;
import dev.rawlab.lesson.Quiz;
import dev.rawlab.lesson.StepOutcome;
import dev.rawlab.lesson.TaskJudge;
import dev.rawlab.lesson.TaskStatus;
import dev.rawlab.scenario.ScenarioProblem;
import dev.rawlab.ui.LabViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the lesson panel. Opening a lesson and moving between steps plays the steps
 * headless ({@link LessonPlayer}) and loads the result into the window's {@link LabViewModel}
 * (config and action log, then seeks to the step's end), so the canvas shows exactly the lesson's
 * store, and going back is a replay. The learner acts through the lab's own {@code apply}; the
 * task is judged again whenever the lab's report changes. Quiz answers and completed steps are
 * saved at once through the {@link ProgressStore}. Knows no controls.
 */
public final class LessonViewModel {

    private final LabViewModel lab;
    private final List<Lesson> lessons;
    private final List<String> problems;
    private final ProgressStore store;
    private Progress progress;
    private LessonPlayer player;
    private final List<Question> pending = new ArrayList<>();

    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyObjectWrapper<LessonStep> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyObjectWrapper<TaskStatus> taskStatus = new ReadOnlyObjectWrapper<>(this, "taskStatus");
    private final ReadOnlyBooleanWrapper taskMet = new ReadOnlyBooleanWrapper(this, "taskMet");
    private final ReadOnlyIntegerWrapper hintsShown = new ReadOnlyIntegerWrapper(this, "hintsShown");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Quiz.Feedback> feedback = new ReadOnlyObjectWrapper<>(this, "feedback");
    private final ReadOnlyObjectWrapper<Observation> observation = new ReadOnlyObjectWrapper<>(this, "observation");
    private final ReadOnlyObjectWrapper<Quiz.Score> score = new ReadOnlyObjectWrapper<>(this, "score");
    private final ObservableList<Quiz.Missed> missed = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Text> message = new ReadOnlyObjectWrapper<>(this, "message");
    private long stepStartMicros;
    private long stepEndMicros;
    private int learnerFrom;
    /** True while a step is being loaded into the lab: the report changes then are not the learner's doing. */
    private boolean loading;

    public LessonViewModel(LabViewModel lab, List<Lesson> lessons, ProgressStore store) {
        this(lab, lessons, List.of(), store);
    }

    /** The lessons of {@code catalog}; its broken files are reported with the same lines {@code raw-lab validate} prints. */
    public LessonViewModel(LabViewModel lab, LessonCatalog catalog, ProgressStore store) {
        this(lab, catalog.lessons(), catalog.problems(), store);
    }

    private LessonViewModel(LabViewModel lab, List<Lesson> lessons, List<ScenarioProblem> problems, ProgressStore store) {
        this.lab = lab;
        this.lessons = List.copyOf(lessons);
        this.problems = problems.stream().map(ScenarioProblem::printable).toList();
        this.store = store;
        ProgressStore.Loaded loaded = store.load();
        this.progress = loaded.progress();
        loaded.message().ifPresent(message::set);
        lab.reportProperty().addListener((observable, before, now) -> judgeTask());
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** One line per problem of a lesson file that did not load ({@code FILE:LINE:COLUMN: FIELD: sentence}). */
    public List<String> problems() {
        return problems;
    }

    public LabViewModel lab() {
        return lab;
    }

    public Progress progress() {
        return progress;
    }

    /** Opens lesson number {@code index} (in teaching order) at its first step. */
    public void open(int index) {
        Lesson chosen = lessons.get(index);
        player = new LessonPlayer(chosen);
        lesson.set(chosen);
        goTo(0);
    }

    /** Goes to step {@code index} of the open lesson (backwards by replay). */
    public void goTo(int index) {
        StepOutcome outcome = player.goTo(index);
        loading = true;
        lab.load(player.config(), player.session().log());
        // The step's own actions are still to come: the picture plays them out from the step's start.
        lab.seek(outcome.startMicros());
        lab.spotlightProperty().set(java.util.Set.copyOf(player.step().spotlight()));
        lab.playingProperty().set(!player.step().actions().isEmpty());
        loading = false;
        stepStartMicros = outcome.startMicros();
        stepEndMicros = outcome.endMicros();
        learnerFrom = lab.session().log().size();
        stepIndex.set(index);
        step.set(player.step());
        hintsShown.set(0);
        pending.clear();
        pending.addAll(lesson.get().questionsAfter(player.step().id()));
        if (index == lesson.get().steps().size() - 1) {
            lesson.get().quiz().stream().filter(q -> q.afterStep() == null).forEach(pending::add);
        }
        showNextQuestion();
        judgeTask();
        if (player.step().task().isEmpty()) {
            markStepDone();
        }
        refreshScore();
    }

    /** "Show the end of this step": stops the animation and goes to where the step's actions have all played out. */
    public void finishStep() {
        lab.playingProperty().set(false);
        if (lab.session().nowMicros() < stepEndMicros) {
            lab.seek(stepEndMicros);
        }
    }

    public boolean hasNext() {
        return lesson.get() != null && stepIndex.get() < lesson.get().steps().size() - 1;
    }

    public boolean hasPrevious() {
        return stepIndex.get() > 0;
    }

    public void next() {
        if (hasNext()) {
            goTo(stepIndex.get() + 1);
        }
    }

    public void previous() {
        if (hasPrevious()) {
            goTo(stepIndex.get() - 1);
        }
    }

    /** The title of step {@code index} of the open lesson, for the words on Previous and Next. */
    public Optional<String> stepTitle(int index) {
        if (lesson.get() == null || index < 0 || index >= lesson.get().steps().size()) {
            return Optional.empty();
        }
        return Optional.of(lesson.get().steps().get(index).title());
    }

    /** Shows one more hint of the current task, if there is one left. */
    public void showHint() {
        step.get().task().ifPresent(task -> hintsShown.set(Math.min(task.hints().size(), hintsShown.get() + 1)));
    }

    /** "Try again": the task's step (or the one it names) is replayed; the learner's tries are gone. */
    public void retryTask() {
        step.get().task().ifPresent(task -> goTo(lesson.get().stepIndex(task.retryFrom())));
    }

    private void judgeTask() {
        LessonStep current = step.get();
        if (loading) {
            return;
        }
        if (current == null || current.task().isEmpty() || lab.session() == null) {
            taskMet.set(false);
            taskStatus.set(null);
            return;
        }
        TaskStatus status = TaskJudge.judge(current.task().get(), lab.session(), stepStartMicros, learnerFrom);
        taskMet.set(status.met());
        taskStatus.set(status);
        if (status.met()) {
            markStepDone();
        }
    }

    /**
     * Answers the current question with {@code chosen}. A predict-then-observe question first plays
     * its situation, so the reveal shows what happened. The try is saved.
     */
    public Quiz.Feedback answer(Set<String> chosen) {
        Question current = question.get();
        if (current.kind() == QuestionKind.PREDICT) {
            observation.set(Predictions.observe(current).orElse(null));
        }
        Quiz.Feedback result = Quiz.mark(current, chosen);
        feedback.set(result);
        save(progress.withAnswer(lesson.get().id(), current.id(), chosen, result.right()));
        refreshScore();
        return result;
    }

    /** Clears the last answer to the current question so it can be tried again. */
    public void retryQuestion() {
        feedback.set(null);
        observation.set(null);
    }

    /** Goes on to the next question of this step (or to none). */
    public void nextQuestion() {
        if (!pending.isEmpty()) {
            pending.remove(0);
        }
        showNextQuestion();
    }

    private void showNextQuestion() {
        feedback.set(null);
        observation.set(null);
        question.set(pending.isEmpty() ? null : pending.get(0));
    }

    private void markStepDone() {
        String lessonId = lesson.get().id();
        if (!progress.lesson(lessonId).stepDone(step.get().id())) {
            save(progress.withStepDone(lessonId, step.get().id()));
        }
    }

    private void save(Progress updated) {
        progress = updated;
        store.save(updated).ifPresent(message::set);
    }

    private void refreshScore() {
        score.set(Quiz.score(lesson.get(), progress.lesson(lesson.get().id())));
        missed.setAll(Quiz.missed(lesson.get(), progress.lesson(lesson.get().id())));
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LessonStep> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TaskStatus> taskStatusProperty() {
        return taskStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty taskMetProperty() {
        return taskMet.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty hintsShownProperty() {
        return hintsShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Quiz.Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Observation> observationProperty() {
        return observation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Quiz.Score> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    /** The questions missed at the first try, for the review. */
    public ObservableList<Quiz.Missed> missed() {
        return FXCollections.unmodifiableObservableList(missed);
    }

    /** A sentence for the learner about their saved progress (it could not be read, or not be saved). */
    public ReadOnlyObjectProperty<Text> messageProperty() {
        return message.getReadOnlyProperty();
    }
}
