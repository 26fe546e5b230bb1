/**
 * The JavaFX window: the view-model that owns the playing session and turns wall time into
 * simulated time, the canvas that draws immutable snapshots of the store, and the panels around
 * it. The only package (with App and Main) that may import JavaFX.
 */
package dev.rawlab.ui;
