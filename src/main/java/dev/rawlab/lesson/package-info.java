/**
 * Lessons and quizzes: the lesson file format (read strictly, every problem pinned to a file, line,
 * column and field), the lessons themselves as checked values, the headless player that plays
 * every step through the store's one action path and judges the "your turn" tasks, quiz scoring,
 * and the learner's saved progress. Depends on the store, the checker, the scenario reader and the
 * texts; knows nothing of the window or the command line.
 */
package dev.rawlab.lesson;
