/**
 * What the window exports, without JavaFX: the trace as rows (CSV and JSON, with the checker's
 * verdicts) and an animated GIF written from frames with Square's GIF encoder library
 * ({@code com.squareup:gifencoder}), its frames mapped to one shared palette first.
 */
package dev.rawlab.export;
