/**
 * Scenario files: a store, timed actions and expected outcomes, written as strict JSON and read
 * with every problem pinned to a file, line, column and field; the presets shipped on the
 * classpath; and the player that runs a scenario on a fresh store through {@code Store.apply}.
 * Depends on the kernel, the store, the checker and the texts; knows nothing of the window or the
 * command line.
 */
package dev.rawlab.scenario;
