/**
 * The simulation kernel: a virtual clock in integer microseconds, an event queue ordered by
 * (time, sequence), seeded random streams (one per concern) and latency distributions.
 * Depends on java.base only; knows nothing of replicas, users or windows.
 */
package dev.rawlab.sim;
