/**
 * Generated workloads and measurements over many runs: staleness curves, trade-off tables, and the
 * stress scene used to measure drawing speed. No JavaFX.
 */
package dev.rawlab.experiment;
