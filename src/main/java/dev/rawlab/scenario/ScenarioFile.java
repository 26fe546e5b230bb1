package dev.rawlab.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The scenario file exactly as written, before any meaning is given to it: what Jackson reads. Absent
 * fields are null. Names of things (topology, policies, modes) stay text here, so that
 * {@link ScenarioBuilder} can say which value is wrong and where. Public because a lesson file holds
 * scenarios inline and scripted actions of the same shape.
 */
public record ScenarioFile(String name, String title, String summary, String topology, Integer nodes, String lag,
                    Map<String, String> lags, String network, List<UserEntry> users, Double cacheTtlMillis,
                    Long seed, StrategyEntry strategy, List<ActionEntry> actions,
                    @JsonProperty("expect") List<ExpectEntry> expect, Long runUntilMillis) {

    /** One user: a name and a numeric id (sticky routing splits users by id). */
    public record UserEntry(String name, Integer id) {
    }

    /** A strategy; every field absent keeps the eventual store's setting. */
    public record StrategyEntry(String read, String lb, String versionToken, RetryEntry retry, Boolean lazyLookup,
                         SyncEntry sync, Boolean strongConsistency, Integer readQuorum, Integer writeQuorum) {
    }

    /** Retry with backoff on 404. */
    public record RetryEntry(Integer attempts, Double baseDelayMillis, Double multiplier, Double jitter) {
    }

    /** Synchronous replication. */
    public record SyncEntry(String mode, Integer count, String onOffline, Double timeoutMillis) {
    }

    /** One action; which fields belong depends on {@code do}. */
    public record ActionEntry(Double atMillis, @JsonProperty("do") String kind, String user, String key, String body,
                       String node, Boolean consistent, String prefix, StrategyEntry strategy, String lag,
                       String network, Double ttlMillis) {

        /** The names of the fields present, for checking that each belongs to the kind of action. */
        public Map<String, Object> present() {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("user", user);
            fields.put("key", key);
            fields.put("body", body);
            fields.put("node", node);
            fields.put("consistent", consistent);
            fields.put("prefix", prefix);
            fields.put("strategy", strategy);
            fields.put("lag", lag);
            fields.put("network", network);
            fields.put("ttlMillis", ttlMillis);
            fields.values().removeIf(Objects::isNull);
            return fields;
        }
    }

    /** One expectation about the operation started by {@code actions[action]}. */
    public record ExpectEntry(Integer action, Integer status, Long version, String verdict, String node, Integer attempts,
                       Boolean rywViolation, Boolean monotonicViolation) {
    }
}
