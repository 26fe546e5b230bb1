package dev.rawlab.store;

import dev.rawlab.i18n.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Which fixes make sense together on which topology. A strategy that breaks a rule is refused
 * with a sentence per problem, and the store keeps the strategy it had.
 */
public final class StrategyRules {

    /** The most tries a retry policy may make. */
    public static final int MAX_RETRY_ATTEMPTS = 10;

    private StrategyRules() {
    }

    /** Every problem with using {@code strategy} on {@code topology} with {@code nodes} non-primary nodes. */
    public static List<Text> problems(Strategy strategy, Topology topology, int nodes) {
        List<Text> problems = new ArrayList<>();
        boolean primary = topology.hasPrimary();
        if (strategy.read() == ReadMode.PRIMARY && !primary) {
            problems.add(Text.of("rule.consistentNeedsPrimary", topology.fileName()));
        }
        if (strategy.versionToken() == TokenMode.PRIMARY && !primary) {
            problems.add(Text.of("rule.tokenFallbackNeedsPrimary", topology.fileName()));
        }
        if (strategy.versionToken() != TokenMode.OFF && topology == Topology.QUORUM) {
            problems.add(Text.of("rule.tokenNotForQuorum"));
        }
        if (strategy.lazyLookup() && !primary) {
            problems.add(Text.of("rule.lazyNeedsWriteNode", topology.fileName()));
        }
        if (strategy.sync().enabled() && topology == Topology.QUORUM) {
            problems.add(Text.of("rule.syncNotForQuorum"));
        }
        if (strategy.sync().mode() == SyncReplication.Mode.COUNT && strategy.sync().count() < 1) {
            problems.add(Text.of("rule.syncCountPositive", strategy.sync().count()));
        }
        if (strategy.sync().onOffline() == SyncReplication.OnOffline.TIMEOUT && !(strategy.sync().timeoutMillis() > 0)) {
            problems.add(Text.of("rule.timeoutPositive", String.valueOf(strategy.sync().timeoutMillis())));
        }
        if (strategy.strongConsistency() && (topology == Topology.MULTI_WRITER || topology == Topology.QUORUM)) {
            problems.add(Text.of("rule.strongNeedsPrimary", topology.fileName()));
        }
        RetryPolicy retry = strategy.retry();
        if (retry.attempts() < 1 || retry.attempts() > MAX_RETRY_ATTEMPTS) {
            problems.add(Text.of("rule.retryAttempts", retry.attempts(), MAX_RETRY_ATTEMPTS));
        }
        if (!(retry.baseDelayMillis() >= 0) || !(retry.multiplier() >= 1) || !(retry.jitter() >= 0 && retry.jitter() <= 1)) {
            problems.add(Text.of("rule.retryShape"));
        }
        if (topology == Topology.QUORUM) {
            if (strategy.readQuorum() < 1 || strategy.readQuorum() > nodes) {
                problems.add(Text.of("rule.quorumRange", "R", strategy.readQuorum(), nodes));
            }
            if (strategy.writeQuorum() < 1 || strategy.writeQuorum() > nodes) {
                problems.add(Text.of("rule.quorumRange", "W", strategy.writeQuorum(), nodes));
            }
        }
        return List.copyOf(problems);
    }
}
