/**
 * The lesson panel of the window: a chapter menu, Previous and Next with the steps' names on them,
 * the narration, the "your turn" task whose goal turns green when met, and the quiz with
 * predict-then-observe questions and a review of what was missed. {@link dev.rawlab.ui.lesson.LessonViewModel}
 * holds the state and drives the window's {@link dev.rawlab.ui.LabViewModel}; {@link dev.rawlab.ui.lesson.LessonPanel}
 * only shows it.
 */
package dev.rawlab.ui.lesson;
