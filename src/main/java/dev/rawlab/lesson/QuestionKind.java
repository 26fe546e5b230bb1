package dev.rawlab.lesson;

import java.util.Locale;

/** The kinds of quiz question. */
public enum QuestionKind {
    /** Exactly one right choice. */
    SINGLE,
    /** One or more right choices; the learner picks every one of them. */
    MULTIPLE,
    /** The learner commits to a prediction, then the situation plays and the answer is revealed. */
    PREDICT;

    /** The name in lesson files: {@code single}, {@code multiple}, {@code predict}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
