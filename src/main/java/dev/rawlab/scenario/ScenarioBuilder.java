package dev.rawlab.scenario;

import dev.rawlab.store.TimedAction;
import dev.rawlab.i18n.Text;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.ActionResult;
import dev.rawlab.store.StoreConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Gives a {@link ScenarioFile} its meaning: builds the store config, the timed actions and the
 * expectations, collecting every problem it can find. A file with no problems so far is then played
 * once, so that an action the store would refuse (a write forced onto a read replica, taking a
 * replica offline twice) is reported too. Returns a scenario only when nothing at all was wrong.
 */
final class ScenarioBuilder {

    private ScenarioBuilder() {
    }

    static Scenario build(ScenarioFile file, String defaultName, ProblemList problems) {
        StoreConfig config = ConfigBuilder.build(file, problems);
        if (config == null) {
            return null;
        }
        List<ScenarioFile.ActionEntry> entries = file.actions() == null ? List.of() : file.actions();
        ActionBuilder actionBuilder = new ActionBuilder(config, declaredUsers(file), problems);
        List<TimedAction> actions = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            actions.add(actionBuilder.build(entries.get(i), i));
        }
        ExpectationBuilder expectationBuilder = new ExpectationBuilder(entries,
                NodeNames.of(config.topology(), config.nodes()), problems);
        List<Expectation> expectations = new ArrayList<>();
        List<ScenarioFile.ExpectEntry> expect = file.expect() == null ? List.of() : file.expect();
        for (int i = 0; i < expect.size(); i++) {
            expectations.add(expectationBuilder.build(expect.get(i), i));
        }
        OptionalLong runUntil = runUntil(file.runUntilMillis(), actions, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        String name = file.name() == null ? defaultName : file.name();
        Scenario scenario = new Scenario(name, file.title(), file.summary(), config, actions, expectations, runUntil);
        reportRefusals(ScenarioPlayer.play(scenario).results(), problems);
        return problems.isEmpty() ? scenario : null;
    }

    private static Set<String> declaredUsers(ScenarioFile file) {
        if (file.users() == null) {
            return null;
        }
        Set<String> names = new HashSet<>();
        file.users().forEach(user -> names.add(user.name()));
        return names;
    }

    private static OptionalLong runUntil(Long millis, List<TimedAction> actions, ProblemList problems) {
        if (millis == null) {
            return OptionalLong.empty();
        }
        if (millis < 0) {
            problems.add("runUntilMillis", Text.of("scenario.negative", String.valueOf(millis)));
            return OptionalLong.empty();
        }
        for (TimedAction action : actions) {
            if (action != null && action.atMicros() > Micros.ofMillis(millis)) {
                problems.add("runUntilMillis", Text.of("scenario.runUntilTooSoon", String.valueOf(millis),
                        Micros.formatMillis(action.atMicros())));
                break;
            }
        }
        return OptionalLong.of(millis);
    }

    private static void reportRefusals(List<ActionResult> results, ProblemList problems) {
        for (int i = 0; i < results.size(); i++) {
            for (Text reason : results.get(i).problems()) {
                problems.add("actions[" + i + "]", Text.of("scenario.action.refused", reason));
            }
        }
    }
}
