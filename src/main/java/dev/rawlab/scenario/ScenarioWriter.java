package dev.rawlab.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rawlab.files.ReplacedFile;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.Action;
import dev.rawlab.store.RetryPolicy;
import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.TimedAction;
import dev.rawlab.store.UserSpec;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a store config and its timed actions as a scenario file (the format of
 * {@code docs/scenarios.md}) that {@link ScenarioLoader} reads back to an equal config and an equal
 * action list: every replica's lag, the network, the users with their ids, the cache, the seed, the
 * starting strategy (only the settings that differ from the eventual store), and each action with
 * its time in milliseconds (exact to the microsecond). Actions are written in the order given.
 * Pretty-printed, two spaces a level, "\n" line ends, a final newline.
 */
public final class ScenarioWriter {

    private static final JsonNodeFactory NODES = StableJson.NODES;

    private ScenarioWriter() {
    }

    /** The scenario file's text. {@code title} may be null (the name is then the title). */
    public static String write(String name, String title, StoreConfig config, List<TimedAction> actions) {
        ObjectNode root = NODES.objectNode();
        root.put("name", name);
        if (title != null) {
            root.put("title", title);
        }
        root.put("topology", config.topology().fileName());
        root.put("nodes", config.nodes());
        if (config.nodes() == 0) {
            root.put("lag", config.lag(0).text());
        } else {
            ObjectNode lags = root.putObject("lags");
            for (int i = 0; i < config.nodes(); i++) {
                lags.put(StoreConfig.nodeName(i), config.lag(i).text());
            }
        }
        root.put("network", config.network().text());
        ArrayNode users = root.putArray("users");
        for (UserSpec user : config.users()) {
            users.addObject().put("name", user.name()).put("id", user.id());
        }
        if (config.cacheEnabled()) {
            putNumber(root, "cacheTtlMillis", config.cacheTtlMillis());
        }
        root.put("seed", config.seed());
        ObjectNode strategy = strategy(config.strategy());
        if (!strategy.isEmpty()) {
            root.set("strategy", strategy);
        }
        ArrayNode list = root.putArray("actions");
        for (TimedAction timed : actions) {
            list.add(action(timed));
        }
        return StableJson.write(root);
    }

    /**
     * Writes the scenario file to {@code file} in UTF-8, in full before it replaces the file there
     * ({@link ReplacedFile}): if writing fails, an earlier file stays as it was.
     */
    public static void write(Path file, String name, String title, StoreConfig config, List<TimedAction> actions)
            throws IOException {
        ReplacedFile.writeString(file, write(name, title, config, actions));
    }

    /** A strategy object with only the settings that differ from the eventual store's (those a reader fills in). */
    static ObjectNode strategy(Strategy strategy) {
        Strategy base = Strategy.EVENTUAL;
        ObjectNode node = NODES.objectNode();
        if (strategy.read() != base.read()) {
            node.put("read", strategy.read().fileName());
        }
        if (strategy.lbPolicy() != base.lbPolicy()) {
            node.put("lb", strategy.lbPolicy().fileName());
        }
        if (strategy.versionToken() != base.versionToken()) {
            node.put("versionToken", strategy.versionToken().fileName());
        }
        if (!strategy.retry().equals(base.retry())) {
            RetryPolicy retry = strategy.retry();
            ObjectNode written = node.putObject("retry").put("attempts", retry.attempts());
            putNumber(written, "baseDelayMillis", retry.baseDelayMillis());
            putNumber(written, "multiplier", retry.multiplier());
            putNumber(written, "jitter", retry.jitter());
        }
        if (strategy.lazyLookup() != base.lazyLookup()) {
            node.put("lazyLookup", strategy.lazyLookup());
        }
        if (!strategy.sync().equals(base.sync())) {
            SyncReplication sync = strategy.sync();
            ObjectNode written = node.putObject("sync").put("mode", sync.mode().fileName()).put("count", sync.count())
                    .put("onOffline", sync.onOffline().fileName());
            putNumber(written, "timeoutMillis", sync.timeoutMillis());
        }
        if (strategy.strongConsistency() != base.strongConsistency()) {
            node.put("strongConsistency", strategy.strongConsistency());
        }
        if (strategy.readQuorum() != base.readQuorum()) {
            node.put("readQuorum", strategy.readQuorum());
        }
        if (strategy.writeQuorum() != base.writeQuorum()) {
            node.put("writeQuorum", strategy.writeQuorum());
        }
        return node;
    }

    private static ObjectNode action(TimedAction timed) {
        ObjectNode node = NODES.objectNode();
        node.set("atMillis", millis(timed.atMicros()));
        Action action = timed.action();
        if (action instanceof Action.Put put) {
            node.put("do", "put").put("user", put.user()).put("key", put.key()).put("body", put.body());
            putNode(node, put.node());
        } else if (action instanceof Action.Get get) {
            node.put("do", "get").put("user", get.user()).put("key", get.key());
            putNode(node, get.node());
            if (get.consistent()) {
                node.put("consistent", true);
            }
        } else if (action instanceof Action.ListKeys list) {
            node.put("do", "list").put("user", list.user());
            if (!list.prefix().isEmpty()) {
                node.put("prefix", list.prefix());
            }
            putNode(node, list.node());
        } else if (action instanceof Action.Delete delete) {
            node.put("do", "delete").put("user", delete.user()).put("key", delete.key());
            putNode(node, delete.node());
        } else if (action instanceof Action.SetStrategy set) {
            node.put("do", "strategy").set("strategy", strategy(set.strategy()));
        } else if (action instanceof Action.SetLag lag) {
            node.put("do", "lag").put("node", lag.node()).put("lag", lag.lag().text());
        } else if (action instanceof Action.SetNetwork network) {
            node.put("do", "network").put("network", network.network().text());
        } else if (action instanceof Action.TakeOffline offline) {
            node.put("do", "offline").put("node", offline.node());
        } else if (action instanceof Action.BringOnline online) {
            node.put("do", "online").put("node", online.node());
        } else if (action instanceof Action.SetCache cache) {
            node.put("do", "cache");
            putNumber(node, "ttlMillis", cache.ttlMillis());
        }
        return node;
    }

    private static void putNode(ObjectNode node, String id) {
        if (id != null) {
            node.put("node", id);
        }
    }

    /** Whole numbers without a fraction ({@code 80}, not {@code 80.0}); others as the shortest exact decimal. */
    private static void putNumber(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    /** Microseconds as milliseconds with at most three decimals, exactly: {@code 12.345}. */
    static com.fasterxml.jackson.databind.JsonNode millis(long micros) {
        if (micros % Micros.PER_MILLI == 0) {
            return NODES.numberNode(micros / Micros.PER_MILLI);
        }
        return NODES.numberNode(BigDecimal.valueOf(micros, 3).stripTrailingZeros());
    }
}
