package dev.rawlab.lesson;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a learner has done, by lesson id: an immutable value, changed by making a new one and
 * saved as JSON by {@link ProgressStore}.
 */
public record Progress(Map<String, LessonProgress> lessons) {

    /** Nothing done yet. */
    public static final Progress NONE = new Progress(Map.of());

    public Progress {
        lessons = lessons == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(lessons));
    }

    /** The progress in the lesson {@code lessonId} (empty if it was never opened). */
    public LessonProgress lesson(String lessonId) {
        return lessons.getOrDefault(lessonId, LessonProgress.NONE);
    }

    /** This progress with the step {@code stepId} of {@code lessonId} done. */
    public Progress withStepDone(String lessonId, String stepId) {
        return with(lessonId, lesson(lessonId).withStepDone(stepId));
    }

    /** This progress with one more try at {@code questionId} of {@code lessonId}. */
    public Progress withAnswer(String lessonId, String questionId, java.util.Collection<String> chosen, boolean right) {
        return with(lessonId, lesson(lessonId).withAnswer(questionId, chosen, right));
    }

    private Progress with(String lessonId, LessonProgress value) {
        Map<String, LessonProgress> all = new TreeMap<>(lessons);
        all.put(lessonId, value);
        return new Progress(all);
    }
}
