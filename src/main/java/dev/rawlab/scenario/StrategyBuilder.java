package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import dev.rawlab.store.LbPolicy;
import dev.rawlab.store.ReadMode;
import dev.rawlab.store.RetryPolicy;
import dev.rawlab.store.Strategy;
import dev.rawlab.store.StrategyRules;
import dev.rawlab.store.SyncReplication;
import dev.rawlab.store.TokenMode;
import dev.rawlab.store.Topology;
import java.util.List;
import java.util.Map;

/**
 * Turns a strategy object of a scenario file into a {@link Strategy}: absent fields keep the eventual
 * store's settings (a {@code retry} object, once present, starts from {@link RetryPolicy#DEFAULT});
 * then asks {@link StrategyRules} whether it suits the topology, pinning each refusal to the field
 * it is about.
 */
final class StrategyBuilder {

    /** Which field of the strategy object each of the store's rules is about. */
    private static final Map<String, String> FIELD_OF_RULE = Map.ofEntries(
            Map.entry("rule.consistentNeedsPrimary", "read"),
            Map.entry("rule.tokenFallbackNeedsPrimary", "versionToken"),
            Map.entry("rule.tokenNotForQuorum", "versionToken"),
            Map.entry("rule.lazyNeedsWriteNode", "lazyLookup"),
            Map.entry("rule.syncNotForQuorum", "sync.mode"),
            Map.entry("rule.syncCountPositive", "sync.count"),
            Map.entry("rule.timeoutPositive", "sync.timeoutMillis"),
            Map.entry("rule.strongNeedsPrimary", "strongConsistency"),
            Map.entry("rule.retryAttempts", "retry.attempts"),
            Map.entry("rule.retryShape", "retry"));

    private StrategyBuilder() {
    }

    /** The strategy written at {@code path}, or null after recording problems with its names. */
    static Strategy build(ScenarioFile.StrategyEntry entry, String path, ProblemList problems) {
        if (entry == null) {
            return Strategy.EVENTUAL;
        }
        Strategy base = Strategy.EVENTUAL;
        int before = problems.size();
        ReadMode read = FieldReader.choice(entry.read(), base.read(), ReadMode.values(), ReadMode::fileName,
                FieldReader.path(path, "read"), problems);
        LbPolicy lb = FieldReader.choice(entry.lb(), base.lbPolicy(), LbPolicy.values(), LbPolicy::fileName,
                FieldReader.path(path, "lb"), problems);
        TokenMode token = FieldReader.choice(entry.versionToken(), base.versionToken(), TokenMode.values(),
                TokenMode::fileName, FieldReader.path(path, "versionToken"), problems);
        SyncReplication sync = sync(entry.sync(), FieldReader.path(path, "sync"), problems);
        if (problems.size() > before) {
            return null;
        }
        return new Strategy(read, lb, token, retry(entry.retry()), orDefault(entry.lazyLookup(), base.lazyLookup()), sync,
                orDefault(entry.strongConsistency(), base.strongConsistency()),
                entry.readQuorum() == null ? base.readQuorum() : entry.readQuorum(),
                entry.writeQuorum() == null ? base.writeQuorum() : entry.writeQuorum());
    }

    private static RetryPolicy retry(ScenarioFile.RetryEntry entry) {
        if (entry == null) {
            return Strategy.EVENTUAL.retry();
        }
        RetryPolicy on = RetryPolicy.DEFAULT;
        return new RetryPolicy(entry.attempts() == null ? on.attempts() : entry.attempts(),
                entry.baseDelayMillis() == null ? on.baseDelayMillis() : entry.baseDelayMillis(),
                entry.multiplier() == null ? on.multiplier() : entry.multiplier(),
                entry.jitter() == null ? on.jitter() : entry.jitter());
    }

    /** The sync object; a count defaults to 1, the rest to the asynchronous setting's values. */
    private static SyncReplication sync(ScenarioFile.SyncEntry entry, String path, ProblemList problems) {
        SyncReplication base = SyncReplication.ASYNC;
        if (entry == null) {
            return base;
        }
        SyncReplication.Mode mode = FieldReader.choice(entry.mode(), base.mode(), SyncReplication.Mode.values(),
                SyncReplication.Mode::fileName, FieldReader.path(path, "mode"), problems);
        SyncReplication.OnOffline onOffline = FieldReader.choice(entry.onOffline(), base.onOffline(),
                SyncReplication.OnOffline.values(), SyncReplication.OnOffline::fileName,
                FieldReader.path(path, "onOffline"), problems);
        if (mode == null || onOffline == null) {
            return null;
        }
        return new SyncReplication(mode, entry.count() == null ? 1 : entry.count(), onOffline,
                entry.timeoutMillis() == null ? base.timeoutMillis() : entry.timeoutMillis());
    }

    private static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }

    /** Records every rule {@code strategy} breaks on this topology, at the field the rule is about. */
    static void checkRules(Strategy strategy, Topology topology, int nodes, String path, ProblemList problems) {
        List<Text> refused = StrategyRules.problems(strategy, topology, nodes);
        for (Text reason : refused) {
            String field = field(reason);
            problems.add(field.isEmpty() ? path : FieldReader.path(path, field), Text.of("scenario.strategyRefused", reason));
        }
    }

    private static String field(Text reason) {
        if (reason.key().equals("rule.quorumRange")) {
            return "R".equals(reason.args().get(0)) ? "readQuorum" : "writeQuorum";
        }
        return FIELD_OF_RULE.getOrDefault(reason.key(), "");
    }
}
