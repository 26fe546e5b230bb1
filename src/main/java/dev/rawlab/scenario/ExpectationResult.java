package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import java.util.List;

/**
 * Whether one expectation held, and if not, each way the run differed from it.
 *
 * @param seen        what the operation did, in one sentence (or that it never finished)
 * @param differences one sentence per field that did not match; empty when the expectation held
 */
public record ExpectationResult(Expectation expectation, Text seen, List<Text> differences) {

    public ExpectationResult {
        differences = List.copyOf(differences);
    }

    public boolean held() {
        return differences.isEmpty();
    }
}
