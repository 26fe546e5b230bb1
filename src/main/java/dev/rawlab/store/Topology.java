package dev.rawlab.store;

import java.util.Locale;

/**
 * The shapes of store the sources describe. Each decides which node takes writes, which nodes
 * serve reads, and where replication flows.
 */
public enum Topology {
    /** One database on one machine: reads and writes hit the same place. No hazard. */
    SINGLE_NODE,
    /** An object store: one primary takes writes, replicas behind a load balancer serve reads. */
    OBJECT_STORE,
    /** Several writable database replicas; a user's writes and reads go wherever routing sends them. */
    MULTI_WRITER,
    /** One write replica and read-only replicas (the database case of the object store). */
    READ_REPLICAS,
    /** Each key lives on exactly one machine, chosen by the key. No copies, so no hazard. */
    PARTITIONED,
    /** Leaderless: every write goes to N replicas and waits for W acks; a read asks and waits for R. */
    QUORUM;

    /** The name used in scenario files and on the command line, e.g. {@code object-store}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Topology fromFileName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether one node takes every write and is the authority: the primary (or write replica). */
    public boolean hasPrimary() {
        return this == SINGLE_NODE || this == OBJECT_STORE || this == READ_REPLICAS;
    }

    /** Whether writes are copied between nodes through replication queues. */
    public boolean replicates() {
        return this == OBJECT_STORE || this == READ_REPLICAS || this == MULTI_WRITER || this == QUORUM;
    }

    /** The fewest and most non-primary nodes this topology allows. */
    public int minNodes() {
        return switch (this) {
            case SINGLE_NODE, OBJECT_STORE, READ_REPLICAS -> 0;
            case MULTI_WRITER -> 2;
            case PARTITIONED, QUORUM -> 1;
        };
    }

    public int maxNodes() {
        return this == SINGLE_NODE ? 0 : 16;
    }
}
