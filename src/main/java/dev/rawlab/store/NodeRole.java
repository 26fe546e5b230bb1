package dev.rawlab.store;

/** What a node does in its topology. */
public enum NodeRole {
    /** Takes every write and is the authority (called the write replica in the database presets). */
    PRIMARY,
    /** A read-only copy fed by its replication queue. */
    REPLICA,
    /** A writable copy that also replicates its writes to the others. */
    WRITABLE_REPLICA,
    /** The only holder of the keys that hash to it. */
    PARTITION,
    /** A member of a leaderless quorum. */
    QUORUM_MEMBER
}
