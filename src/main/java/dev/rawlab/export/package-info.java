/**
 * What the window exports, without JavaFX: the trace as rows (CSV and JSON, with the checker's
 * verdicts) and an animated GIF written from frames with the GIF encoder of
 * {@code com.madgag:animated-gif-lib}, its frames mapped to one shared palette first.
 */
package dev.rawlab.export;
