package dev.rawlab.sim;

/**
 * The separate sources of chance in a scenario. Each gets its own random stream, so that changing
 * one concern (say, the read strategy adds a retry) does not shift the numbers drawn for another
 * (the replication lags the learner already saw).
 */
public enum Concern {
    /** How long each write waits in a replica's replication queue. */
    REPLICATION_LAG(0x5EED_1A60L),
    /** One-way delay of each message between users, the load balancer and the nodes. */
    NETWORK(0x5EED_2E70L),
    /** The load balancer's random picks. */
    LOAD_BALANCER(0x5EED_3B00L),
    /** Randomly generated workloads (fuzzers, experiments). */
    WORKLOAD(0x5EED_4A00L),
    /** Jitter on client retries. */
    CLIENT_RETRY(0x5EED_5C00L);

    private final long salt;

    Concern(long salt) {
        this.salt = salt;
    }

    /** A fixed number mixed into the scenario seed; never derived from the enum's order. */
    long salt() {
        return salt;
    }
}
