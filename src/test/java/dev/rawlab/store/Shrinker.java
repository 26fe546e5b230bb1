package dev.rawlab.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging for a failing action list: drop chunks (halves, quarters, ...) while the failure
 * stays, then single actions, until no single action can go. The result is 1-minimal: removing any
 * one remaining step makes the failure disappear.
 */
final class Shrinker {

    private Shrinker() {
    }

    static List<Step> shrink(List<Step> steps, Predicate<List<Step>> stillFails) {
        List<Step> current = List.copyOf(steps);
        int chunk = Math.max(1, current.size() / 2);
        while (true) {
            boolean removedAny = false;
            int start = 0;
            while (start < current.size()) {
                List<Step> candidate = without(current, start, chunk);
                if (stillFails.test(candidate)) {
                    current = candidate;
                    removedAny = true;
                } else {
                    start += chunk;
                }
            }
            if (chunk == 1 && !removedAny) {
                return current;
            }
            if (!removedAny) {
                chunk = Math.max(1, chunk / 2);
            }
        }
    }

    private static List<Step> without(List<Step> steps, int start, int length) {
        List<Step> kept = new ArrayList<>(steps.subList(0, start));
        kept.addAll(steps.subList(Math.min(steps.size(), start + length), steps.size()));
        return kept;
    }
}
