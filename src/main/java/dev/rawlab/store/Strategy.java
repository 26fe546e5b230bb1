package dev.rawlab.store;

import java.util.Objects;

/**
 * Every fix from the sources as one setting each. The default is the eventual store: reads from
 * any replica, asynchronous replication, nothing else. Which combinations make sense for a topology
 * is decided by {@link StrategyRules}.
 *
 * @param read          consistent read (every read to the primary) or any replica
 * @param lbPolicy      how the load balancer picks: random, round robin, sticky by user, by key
 * @param versionToken  whether reads carry the user's acknowledged version, and what they do on a miss
 * @param retry         retry with backoff on 404
 * @param lazyLookup    on 404 from a replica, a backup read from the write node
 * @param sync          synchronous replication (all, majority, k copies) and its offline behaviour
 * @param strongConsistency store-side strong consistency: a replica answers only after checking the
 *                      primary's version of the key (as S3 has done since December 2020)
 * @param readQuorum    R, for the quorum topology
 * @param writeQuorum   W, for the quorum topology
 */
public record Strategy(ReadMode read, LbPolicy lbPolicy, TokenMode versionToken, RetryPolicy retry,
                       boolean lazyLookup, SyncReplication sync, boolean strongConsistency,
                       int readQuorum, int writeQuorum) {

    public static final Strategy EVENTUAL = new Strategy(ReadMode.ANY_REPLICA, LbPolicy.RANDOM, TokenMode.OFF,
            RetryPolicy.OFF, false, SyncReplication.ASYNC, false, 1, 1);

    public Strategy {
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(lbPolicy, "lbPolicy");
        Objects.requireNonNull(versionToken, "versionToken");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(sync, "sync");
    }

    public Strategy withRead(ReadMode value) {
        return new Strategy(value, lbPolicy, versionToken, retry, lazyLookup, sync, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withLbPolicy(LbPolicy value) {
        return new Strategy(read, value, versionToken, retry, lazyLookup, sync, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withVersionToken(TokenMode value) {
        return new Strategy(read, lbPolicy, value, retry, lazyLookup, sync, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withRetry(RetryPolicy value) {
        return new Strategy(read, lbPolicy, versionToken, value, lazyLookup, sync, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withLazyLookup(boolean value) {
        return new Strategy(read, lbPolicy, versionToken, retry, value, sync, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withSync(SyncReplication value) {
        return new Strategy(read, lbPolicy, versionToken, retry, lazyLookup, value, strongConsistency, readQuorum, writeQuorum);
    }

    public Strategy withStrongConsistency(boolean value) {
        return new Strategy(read, lbPolicy, versionToken, retry, lazyLookup, sync, value, readQuorum, writeQuorum);
    }

    public Strategy withQuorum(int r, int w) {
        return new Strategy(read, lbPolicy, versionToken, retry, lazyLookup, sync, strongConsistency, r, w);
    }

    /** A short one-line description for traces and timelines, e.g. {@code read=primary lb=random}. */
    public String summary() {
        StringBuilder text = new StringBuilder("read=").append(read.fileName()).append(" lb=").append(lbPolicy.fileName());
        if (versionToken != TokenMode.OFF) {
            text.append(" token=").append(versionToken.fileName());
        }
        if (retry.enabled()) {
            text.append(" retry=").append(retry.attempts()).append('x').append(retry.baseDelayMillis()).append("ms");
        }
        if (lazyLookup) {
            text.append(" lazy-lookup");
        }
        if (sync.enabled()) {
            text.append(" sync=").append(sync.mode().fileName());
            if (sync.mode() == SyncReplication.Mode.COUNT) {
                text.append(':').append(sync.count());
            }
            text.append('/').append(sync.onOffline().fileName());
        }
        if (strongConsistency) {
            text.append(" strong");
        }
        text.append(" R=").append(readQuorum).append(" W=").append(writeQuorum);
        return text.toString();
    }
}
