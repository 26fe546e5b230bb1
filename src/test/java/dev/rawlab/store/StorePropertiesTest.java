package dev.rawlab.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Seeded property runs of the store (plain JUnit 5): {@value #SEEDS} seeds, each a random store
 * (every topology and strategy, random nodes, lags, network, users, cache) and {@value #ACTIONS}
 * random actions through {@link Store#apply(Action)}, then every node back online and run until
 * quiet. The oracle is {@link StoreInvariants}. On a failure the seed, the property and the
 * shortest failing action list the {@link Shrinker} finds are printed as a {@link #replay} call.
 */
class StorePropertiesTest {

    static final int SEEDS = 1_000;
    static final int ACTIONS = 200;

    /** Plays {@code steps} on the store the generator makes for {@code seed}; returns every broken property. */
    static List<StoreInvariants.Violation> replay(long seed, List<Step> steps) {
        return replay(seed, steps, new LinkedHashMap<>());
    }

    private static List<StoreInvariants.Violation> replay(long seed, List<Step> steps, Map<String, Integer> checkedReads) {
        StoreConfig config = RunGenerator.config(seed);
        PropertyRun run = PropertyRun.play(config, steps, true);
        List<StoreInvariants.Violation> violations = new ArrayList<>(StoreInvariants.check(run, checkedReads));
        String again = PropertyRun.play(config, steps, false).store.trace().text();
        if (!again.equals(run.store.trace().text())) {
            violations.add(new StoreInvariants.Violation(StoreInvariants.DETERMINISM, "two runs of seed " + seed + " differ"));
        }
        return violations;
    }

    static Step step(double millis, Action action) {
        return Step.step(millis, action);
    }

    @Test
    void everyPropertyHoldsOnAThousandRandomRuns() {
        Map<String, Integer> checkedReads = new LinkedHashMap<>();
        Map<String, Long> firstSeed = new LinkedHashMap<>();
        Map<String, Integer> failingSeeds = new LinkedHashMap<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            StoreConfig config = RunGenerator.config(seed);
            List<Step> steps = RunGenerator.steps(seed, config, ACTIONS);
            for (String property : replay(seed, steps, checkedReads).stream().map(StoreInvariants.Violation::property).distinct().toList()) {
                firstSeed.putIfAbsent(property, seed);
                failingSeeds.merge(property, 1, Integer::sum);
            }
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, Long> failure : firstSeed.entrySet()) {
            long seed = failure.getValue();
            StoreConfig config = RunGenerator.config(seed);
            failures.add(report(seed, config, RunGenerator.steps(seed, config, ACTIONS), failure.getKey())
                    + "\n(" + failingSeeds.get(failure.getKey()) + " of " + SEEDS + " seeds break this property)");
        }
        assertThat(failures).as(String.join("\n\n", failures)).isEmpty();
        for (String property : List.of(StoreInvariants.CONSISTENT, StoreInvariants.TOKEN, StoreInvariants.SYNC_ALL,
                StoreInvariants.STICKY, StoreInvariants.LAZY, StoreInvariants.PARTITIONED, StoreInvariants.QUORUM,
                StoreInvariants.STRONG, StoreInvariants.SINGLE)) {
            assertThat(checkedReads.getOrDefault(property, 0)).as("reads checked for \"%s\"", property).isGreaterThan(200);
        }
    }

    @Test
    void theOracleSeesStaleReadsWhereNoFixIsInForce() {
        int stale = 0;
        for (long seed = 1; seed <= 100; seed++) {
            StoreConfig config = RunGenerator.config(seed);
            PropertyRun run = PropertyRun.play(config, RunGenerator.steps(seed, config, ACTIONS), false);
            stale += StoreInvariants.staleReadsWithoutAnyFix(run).size();
        }

        assertThat(stale).isGreaterThan(100);
    }

    @Test
    void aReplayPlaysTheStepsItIsGivenOnTheStoreOfItsSeed() {
        List<Step> steps = List.of(
                step(0, new Action.Put("u1", "k1", "b0", null)),
                step(1, new Action.Get("u2", "k1", null, false)),
                step(2, new Action.ListKeys("u1", "", null)));

        PropertyRun run = PropertyRun.play(RunGenerator.config(5), steps, true);

        assertThat(run.store.config()).isEqualTo(RunGenerator.config(5));
        assertThat(run.byFinish).hasSize(3);
        assertThat(replay(5, steps)).isEmpty();
        assertThat(Step.toJava(steps)).contains("step(1, new Action.Get(\"u2\", \"k1\", null, false))");
    }

    @Test
    void theShrinkerFindsTheSmallestListThatStillFails() {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            steps.add(step(i, new Action.Get("u1", "k" + i)));
        }

        List<Step> shrunk = Shrinker.shrink(steps, candidate -> candidate.contains(steps.get(7)) && candidate.contains(steps.get(31)));

        assertThat(shrunk).containsExactly(steps.get(7), steps.get(31));
    }

    @Test
    void theGeneratorCoversEveryTopologyAndEveryFix() {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            StoreConfig config = RunGenerator.config(seed);
            seen.merge(config.topology().name(), 1, Integer::sum);
            for (Step step : RunGenerator.steps(seed, config, ACTIONS)) {
                if (step.action() instanceof Action.SetStrategy set) {
                    Strategy s = set.strategy();
                    seen.merge("read=" + s.read(), 1, Integer::sum);
                    seen.merge("lb=" + s.lbPolicy(), 1, Integer::sum);
                    seen.merge("token=" + s.versionToken(), 1, Integer::sum);
                    seen.merge("sync=" + s.sync().mode(), 1, Integer::sum);
                    seen.merge(s.retry().enabled() ? "retry" : "no-retry", 1, Integer::sum);
                    seen.merge(s.lazyLookup() ? "lazy" : "no-lazy", 1, Integer::sum);
                    seen.merge(s.strongConsistency() ? "strong" : "no-strong", 1, Integer::sum);
                } else {
                    seen.merge(step.action().getClass().getSimpleName(), 1, Integer::sum);
                }
            }
        }

        for (Topology topology : Topology.values()) {
            assertThat(seen.getOrDefault(topology.name(), 0)).as(topology.name()).isGreaterThan(100);
        }
        for (String fix : List.of("read=PRIMARY", "lb=STICKY", "lb=BY_KEY", "token=WAIT", "token=REROUTE", "token=PRIMARY",
                "sync=ALL", "sync=MAJORITY", "sync=COUNT", "retry", "lazy", "strong")) {
            assertThat(seen.getOrDefault(fix, 0)).as(fix).isGreaterThan(100);
        }
        for (String action : List.of("Put", "Get", "ListKeys", "Delete", "SetLag", "SetNetwork", "TakeOffline", "BringOnline", "SetCache")) {
            assertThat(seen.getOrDefault(action, 0)).as(action).isGreaterThan(1_000);
        }
    }

    /** The failure as text: seed, config, property, first violations, and the shrunk steps as a replay call. */
    private static String report(long seed, StoreConfig config, List<Step> steps, String property) {
        List<Step> shrunk = Shrinker.shrink(steps,
                candidate -> replay(seed, candidate).stream().anyMatch(v -> v.property().equals(property)));
        List<StoreInvariants.Violation> left = replay(seed, shrunk).stream().filter(v -> v.property().equals(property)).toList();
        return "Property \"" + property + "\" failed for seed " + seed + "\n"
                + "config: " + config.topology() + " nodes=" + config.nodes() + " lags="
                + config.lags().stream().map(l -> l.text()).collect(Collectors.joining(",")) + " network=" + config.network().text()
                + " cacheTtlMillis=" + config.cacheTtlMillis() + " strategy=" + config.strategy().summary() + "\n"
                + left.stream().limit(3).map(StoreInvariants.Violation::detail).collect(Collectors.joining("\n")) + "\n"
                + "shortest failing action list (" + shrunk.size() + " of " + steps.size() + " steps):\n"
                + "replay(" + seed + "L, " + Step.toJava(shrunk) + ");";
    }
}
