/**
 * The simulated replicated store: the primary, replicas with their replication queues, the load
 * balancer, the edge cache, users with their sessions, every fix from the sources as a strategy
 * setting, the trace of what happened, and immutable snapshots for the view.
 * Everything a user does is an {@link dev.rawlab.store.Action} applied through
 * {@link dev.rawlab.store.Store#apply(dev.rawlab.store.Action)}. Imports the kernel only.
 */
package dev.rawlab.store;
