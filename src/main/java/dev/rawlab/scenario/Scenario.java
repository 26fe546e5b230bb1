package dev.rawlab.scenario;

import dev.rawlab.store.TimedAction;
import dev.rawlab.store.StoreConfig;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A story to play on the simulated store: a store to build, the actions to apply at given times,
 * and what should come of them.
 *
 * @param name           short identifier, e.g. {@code avatar-story} (the file name without {@code .json} by default)
 * @param title          one line for people
 * @param summary        a few sentences a teacher can read
 * @param actions        in the file's order (the order expectations refer to); played in order of time
 * @param runUntilMillis where the run stops; empty to run until nothing is left to happen
 */
public record Scenario(String name, String title, String summary, StoreConfig config, List<TimedAction> actions,
                       List<Expectation> expectations, OptionalLong runUntilMillis) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(config, "config");
        title = title == null ? name : title;
        summary = summary == null ? "" : summary;
        actions = List.copyOf(actions);
        expectations = List.copyOf(expectations);
        Objects.requireNonNull(runUntilMillis, "runUntilMillis");
    }
}
