/**
 * Reads a store's trace and says what each read saw: fresh, a stale 404, an old body, a LIST
 * missing a key; whether a user's own writes or earlier reads were contradicted; how long each
 * write took to reach every replica; and the run's summary. Imports the kernel and the store.
 */
package dev.rawlab.check;
