package dev.rawlab.ui.lesson;

import dev.rawlab.lesson.Choice;
import dev.rawlab.lesson.Lesson;
import dev.rawlab.lesson.LessonStep;
import dev.rawlab.lesson.Observation;
import dev.rawlab.lesson.Question;
import dev.rawlab.lesson.QuestionKind;
import dev.rawlab.lesson.Quiz;
import dev.rawlab.lesson.Task;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson panel beside the canvas: a chapter menu, the step's title and narration, the task
 * (prompt, goal turning green when met, hints, try again), Previous and Next with the neighbouring
 * steps' names, the current question (choices, check, explanation, the reveal of a prediction,
 * try again), and the score with the questions to review. Built in plain Java; all state is in
 * {@link LessonViewModel}. Node ids: {@code lesson-chapters}, {@code lesson-step-title},
 * {@code lesson-narration}, {@code lesson-previous}, {@code lesson-next}, {@code lesson-task},
 * {@code lesson-goal}, {@code lesson-hint}, {@code lesson-hints}, {@code lesson-retry-task},
 * {@code quiz-question}, {@code choice-ID}, {@code quiz-check}, {@code quiz-feedback},
 * {@code quiz-reveal}, {@code quiz-retry}, {@code quiz-continue}, {@code lesson-score},
 * {@code lesson-review}, {@code lesson-message}, {@code lesson-problems} (broken lesson files).
 */
public final class LessonPanel extends VBox {

    /** Style class of the goal once it is met (drawn green by the stylesheet). */
    public static final String MET = "task-met";

    private final LessonViewModel model;
    private final ResourceBundle texts;
    private final ComboBox<Lesson> chapters = new ComboBox<>();
    private final Label stepTitle = new Label();
    private final Label narration = new Label();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Button finish = new Button();
    private final VBox task = new VBox(4);
    private final Label prompt = new Label();
    private final Label goal = new Label();
    private final Button hint = new Button();
    private final Label hints = new Label();
    private final Button retryTask = new Button();
    private final VBox quiz = new VBox(4);
    private final Label question = new Label();
    private final VBox choices = new VBox(2);
    private final Button check = new Button();
    private final Label feedback = new Label();
    private final Label reveal = new Label();
    private final Button retryQuestion = new Button();
    private final Button nextQuestion = new Button();
    private final Label score = new Label();
    private final VBox review = new VBox(2);
    private final Label message = new Label();
    private final Label problems = new Label();

    public LessonPanel(LessonViewModel model, ResourceBundle texts) {
        this.model = model;
        this.texts = texts;
        initializeParts();
        layoutParts();
        setupBindings();
        setupEventHandlers();
    }

    private void initializeParts() {
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");
        chapters.setId("lesson-chapters");
        chapters.setAccessibleText(texts.getString("lesson.chapters"));
        chapters.getItems().setAll(model.lessons());
        chapters.setCellFactory(list -> new TitleCell());
        chapters.setButtonCell(new TitleCell());
        stepTitle.setId("lesson-step-title");
        stepTitle.getStyleClass().add("panel-title");
        stepTitle.setWrapText(true);
        narration.setId("lesson-narration");
        previous.setId("lesson-previous");
        next.setId("lesson-next");
        finish.setId("lesson-finish-step");
        finish.setText(texts.getString("lesson.finishStep"));
        finish.setTooltip(new javafx.scene.control.Tooltip(texts.getString("lesson.finishStep.explain")));
        finish.setAccessibleText(texts.getString("lesson.finishStep.explain"));
        finish.setWrapText(true);
        task.setId("lesson-task");
        prompt.setId("lesson-task-prompt");
        goal.setId("lesson-goal");
        hint.setId("lesson-hint");
        hint.setText(texts.getString("lesson.hint"));
        hints.setId("lesson-hints");
        retryTask.setId("lesson-retry-task");
        retryTask.setText(texts.getString("lesson.retryTask"));
        question.setId("quiz-question");
        check.setId("quiz-check");
        check.setText(texts.getString("lesson.quiz.check"));
        feedback.setId("quiz-feedback");
        reveal.setId("quiz-reveal");
        retryQuestion.setId("quiz-retry");
        retryQuestion.setText(texts.getString("lesson.quiz.retry"));
        nextQuestion.setId("quiz-continue");
        nextQuestion.setText(texts.getString("lesson.quiz.continue"));
        score.setId("lesson-score");
        score.setWrapText(true);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setWrapText(true);
        review.setId("lesson-review");
        message.setId("lesson-message");
        problems.setId("lesson-problems");
        problems.setText(String.join("\n", model.problems()));
        problems.setVisible(!model.problems().isEmpty());
        problems.setManaged(!model.problems().isEmpty());
        for (Label label : List.of(narration, prompt, goal, hints, question, feedback, reveal, message)) {
            label.setWrapText(true);
        }
    }

    private void layoutParts() {
        setSpacing(8);
        setPadding(new Insets(8));
        task.getChildren().setAll(prompt, goal, new HBox(6, hint, retryTask), hints);
        quiz.getChildren().setAll(question, choices, new HBox(6, check, retryQuestion, nextQuestion), feedback, reveal);
        getChildren().setAll(chapters, problems, message, stepTitle, narration, task, navigation(), finish, quiz, score, review);
    }

    private void setupBindings() {
        model.stepIndexProperty().addListener((observable, before, now) -> showStep());
        model.stepProperty().addListener((observable, before, now) -> showStep());
        model.taskStatusProperty().addListener((observable, before, now) -> showGoal());
        model.hintsShownProperty().addListener((observable, before, now) -> showHints());
        model.questionProperty().addListener((observable, before, now) -> showQuestion());
        model.feedbackProperty().addListener((observable, before, now) -> showFeedback());
        model.scoreProperty().addListener((observable, before, now) -> showScore());
        model.messageProperty().addListener((observable, before, now) -> showMessage());
        model.lessonProperty().addListener((observable, before, now) -> chapters.getSelectionModel().select(now));
        chapters.getSelectionModel().select(model.lessonProperty().get());
        showMessage();
        showStep();
        showQuestion();
        showScore();
    }

    private void setupEventHandlers() {
        chapters.setOnAction(event -> {
            int index = chapters.getSelectionModel().getSelectedIndex();
            if (index >= 0 && chapters.getValue() != model.lessonProperty().get()) {
                model.open(index);
            }
        });
        previous.setOnAction(event -> model.previous());
        finish.setOnAction(event -> model.finishStep());
        next.setOnAction(event -> model.next());
        hint.setOnAction(event -> model.showHint());
        retryTask.setOnAction(event -> model.retryTask());
        check.setOnAction(event -> model.answer(chosen()));
        retryQuestion.setOnAction(event -> {
            model.retryQuestion();
            showQuestion();
        });
        nextQuestion.setOnAction(event -> model.nextQuestion());
    }

    private void showStep() {
        LessonStep step = model.stepProperty().get();
        if (step == null) {
            return;
        }
        int index = model.stepIndexProperty().get();
        int total = model.lessonProperty().get().steps().size();
        stepTitle.setText(format("lesson.stepTitle", index + 1, total, step.title()));
        narration.setText(step.narration());
        previous.setText(model.stepTitle(index - 1).map(title -> format("lesson.previous", title)).orElse(texts.getString("lesson.start")));
        previous.setDisable(!model.hasPrevious());
        next.setText(model.stepTitle(index + 1).map(title -> format("lesson.next", title)).orElse(texts.getString("lesson.end")));
        next.setDisable(!model.hasNext());
        Task current = step.task().orElse(null);
        task.setVisible(current != null);
        task.setManaged(current != null);
        prompt.setText(current == null ? "" : current.prompt());
        showHints();
        showGoal();
    }

    private void showGoal() {
        boolean met = model.taskStatusProperty().get() != null && model.taskStatusProperty().get().met();
        goal.setText(texts.getString(met ? "lesson.goal.met" : "lesson.goal.open"));
        goal.getStyleClass().remove(MET);
        if (met) {
            goal.getStyleClass().add(MET);
        }
    }

    private void showHints() {
        LessonStep step = model.stepProperty().get();
        List<String> all = step == null || step.task().isEmpty() ? List.of() : step.task().get().hints();
        hints.setText(String.join("\n", all.subList(0, Math.min(all.size(), model.hintsShownProperty().get()))));
        hint.setDisable(model.hintsShownProperty().get() >= all.size());
    }

    private void showQuestion() {
        Question current = model.questionProperty().get();
        quiz.setVisible(current != null);
        quiz.setManaged(current != null);
        choices.getChildren().clear();
        if (current == null) {
            return;
        }
        question.setText(current.text());
        ToggleGroup group = new ToggleGroup();
        for (Choice choice : current.choices()) {
            ButtonBase button;
            if (current.kind() == QuestionKind.MULTIPLE) {
                button = new CheckBox(choice.text());
            } else {
                RadioButton radio = new RadioButton(choice.text());
                radio.setToggleGroup(group);
                button = radio;
            }
            button.setId("choice-" + choice.id());
            button.setWrapText(true);
            button.setUserData(choice.id());
            choices.getChildren().add(button);
        }
        check.setText(texts.getString(current.kind() == QuestionKind.PREDICT ? "lesson.quiz.commit" : "lesson.quiz.check"));
        showFeedback();
    }

    private Set<String> chosen() {
        Set<String> ids = new LinkedHashSet<>();
        choices.getChildren().forEach(node -> {
            if ((node instanceof CheckBox box && box.isSelected()) || (node instanceof RadioButton radio && radio.isSelected())) {
                ids.add((String) node.getUserData());
            }
        });
        return ids;
    }

    private void showFeedback() {
        Quiz.Feedback result = model.feedbackProperty().get();
        boolean answered = result != null;
        choices.setDisable(answered);
        check.setDisable(answered);
        retryQuestion.setDisable(!answered || result.right());
        nextQuestion.setDisable(!answered || !result.right());
        if (!answered) {
            feedback.setText("");
            reveal.setText("");
            return;
        }
        StringBuilder text = new StringBuilder(texts.getString(result.right() ? "lesson.quiz.right" : "lesson.quiz.wrong"));
        for (Choice choice : result.picked()) {
            text.append('\n').append(format("lesson.quiz.explained", choice.text(), choice.explanation()));
        }
        feedback.setText(text.toString());
        Observation seen = model.observationProperty().get();
        Question current = model.questionProperty().get();
        reveal.setText(seen == null ? "" : format("lesson.quiz.reveal", seen.seen().format(texts.getLocale()), current.reveal()).strip());
    }

    private void showScore() {
        Quiz.Score now = model.scoreProperty().get();
        score.setText(now == null ? "" : format("lesson.score", now.right(), now.total(), now.rightFirstTime()));
        review.getChildren().clear();
        for (Quiz.Missed missed : model.missed()) {
            Label line = new Label(format(missed.rightNow() ? "lesson.review.fixed" : "lesson.review.open", missed.question().text()));
            line.setWrapText(true);
            review.getChildren().add(line);
        }
    }

    private void showMessage() {
        message.setText(model.messageProperty().get() == null ? "" : model.messageProperty().get().format(texts.getLocale()));
        message.setVisible(model.messageProperty().get() != null);
        message.setManaged(model.messageProperty().get() != null);
    }

    /** Back and next in a row; next, which names the step it leads to, takes the rest and wraps its words. */
    private HBox navigation() {
        HBox row = new HBox(6, previous, next);
        HBox.setHgrow(next, Priority.ALWAYS);
        return row;
    }

    private String format(String key, Object... args) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(args);
    }

    /** Shows a lesson by its title in the chapter menu. */
    private static final class TitleCell extends ListCell<Lesson> {
        @Override
        protected void updateItem(Lesson item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : item.title());
        }
    }
}
