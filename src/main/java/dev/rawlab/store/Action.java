package dev.rawlab.store;

import dev.rawlab.sim.LatencyDistribution;
import java.util.Objects;

/**
 * Everything a person (or a lesson, a replay, a test, the fuzzer) can do to the store, as a value.
 * All of them go through {@link Store#apply(Action)} at the store's current time.
 */
public sealed interface Action {

    /** One line for the trace and the timeline. */
    String describe();

    /** A user stores {@code body} under {@code key}; {@code node} (optional) forces the node that takes it. */
    record Put(String user, String key, String body, String node) implements Action {
        public Put {
            Objects.requireNonNull(body, "body");
        }

        public Put(String user, String key, String body) {
            this(user, key, body, null);
        }

        @Override
        public String describe() {
            return "PUT " + user + " " + key + " \"" + body + "\"" + (node == null ? "" : " @" + node);
        }
    }

    /**
     * A user reads {@code key}. {@code node} (optional) forces the node the first try lands on, so a
     * lesson can say "this read lands on replica B"; {@code consistent} sends this one read to the primary.
     */
    record Get(String user, String key, String node, boolean consistent) implements Action {
        public Get(String user, String key) {
            this(user, key, null, false);
        }

        @Override
        public String describe() {
            return "GET " + user + " " + key + (node == null ? "" : " @" + node) + (consistent ? " consistent" : "");
        }
    }

    /** A user lists the keys that start with {@code prefix}, answered from one node's own index. */
    record ListKeys(String user, String prefix, String node) implements Action {
        public ListKeys {
            prefix = prefix == null ? "" : prefix;
        }

        public ListKeys(String user, String prefix) {
            this(user, prefix, null);
        }

        @Override
        public String describe() {
            return "LIST " + user + " \"" + prefix + "\"" + (node == null ? "" : " @" + node);
        }
    }

    /** A user deletes {@code key}; the nodes keep a tombstone with a new version. */
    record Delete(String user, String key, String node) implements Action {
        public Delete(String user, String key) {
            this(user, key, null);
        }

        @Override
        public String describe() {
            return "DELETE " + user + " " + key + (node == null ? "" : " @" + node);
        }
    }

    /** Switch fixes on or off: the whole strategy at once. */
    record SetStrategy(Strategy strategy) implements Action {
        public SetStrategy {
            Objects.requireNonNull(strategy, "strategy");
        }

        @Override
        public String describe() {
            return "STRATEGY " + strategy.summary();
        }
    }

    /** Change how far behind a node's replication queue runs, for writes enqueued from now on. */
    record SetLag(String node, LatencyDistribution lag) implements Action {
        public SetLag {
            Objects.requireNonNull(lag, "lag");
        }

        @Override
        public String describe() {
            return "LAG " + node + " " + lag.text();
        }
    }

    /** Change the one-way delay of every message sent from now on. */
    record SetNetwork(LatencyDistribution network) implements Action {
        public SetNetwork {
            Objects.requireNonNull(network, "network");
        }

        @Override
        public String describe() {
            return "NETWORK " + network.text();
        }
    }

    /** Take a node offline: its queue grows, the load balancer skips it, sticky users move elsewhere. */
    record TakeOffline(String node) implements Action {
        @Override
        public String describe() {
            return "OFFLINE " + node;
        }
    }

    /** Bring a node back: it drains its queue and gets its sticky users back. */
    record BringOnline(String node) implements Action {
        @Override
        public String describe() {
            return "ONLINE " + node;
        }
    }

    /** Put an edge cache in front of reads with this time-to-live, or take it away with 0. */
    record SetCache(double ttlMillis) implements Action {
        @Override
        public String describe() {
            return ttlMillis > 0 ? "CACHE ttl=" + ttlMillis + "ms" : "CACHE off";
        }
    }
}
