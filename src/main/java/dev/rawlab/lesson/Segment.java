package dev.rawlab.lesson;

import dev.rawlab.store.StoreConfig;
import dev.rawlab.store.UserSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * While a lesson file is built: the store the steps since the last setup play on, and the keys
 * their actions have written so far (a task's goal may only ask about those).
 */
final class Segment {

    final StoreConfig config;
    final int firstStep;
    final Set<String> keys = new TreeSet<>();

    Segment(StoreConfig config, int firstStep) {
        this.config = config;
        this.firstStep = firstStep;
    }

    Set<String> users() {
        Set<String> names = new LinkedHashSet<>();
        config.users().stream().map(UserSpec::name).forEach(names::add);
        return names;
    }

    /** Everything a spotlight may name: the users, the load balancer, the nodes and the cache. */
    Set<String> spotlightNames(List<String> nodes) {
        Set<String> names = new LinkedHashSet<>(users());
        names.add(StoreConfig.LOAD_BALANCER);
        names.addAll(nodes);
        names.add(StoreConfig.CACHE);
        return names;
    }
}
