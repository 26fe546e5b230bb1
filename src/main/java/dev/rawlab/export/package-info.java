/**
 * What the window exports, without JavaFX: the trace as rows (CSV and JSON, with the checker's
 * verdicts) and an animated GIF written from frames with the JDK's own GIF writer.
 */
package dev.rawlab.export;
