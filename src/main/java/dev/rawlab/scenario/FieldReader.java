package dev.rawlab.scenario;

import dev.rawlab.i18n.Text;
import dev.rawlab.sim.DistributionFormatException;
import dev.rawlab.sim.LatencyDistribution;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Small readers shared by the scenario builders: a latency distribution from its text, and a name
 * from a fixed list of choices. Each records a problem at the field's path instead of throwing.
 */
final class FieldReader {

    private FieldReader() {
    }

    /** The distribution written as {@code text}, {@code fallback} if absent, or null after recording a problem. */
    static LatencyDistribution distribution(String text, LatencyDistribution fallback, String path, ProblemList problems) {
        if (text == null) {
            return fallback;
        }
        try {
            return LatencyDistribution.parse(text);
        } catch (DistributionFormatException e) {
            problems.add(path, Text.of("scenario.distribution", text, Text.of("scenario.distribution." + e.reason().name())));
            return null;
        }
    }

    /**
     * The choice whose file name is exactly {@code text}; {@code fallback} if absent; null after
     * recording a problem that lists the choices.
     */
    static <E extends Enum<E>> E choice(String text, E fallback, E[] values, Function<E, String> fileName,
                                        String path, ProblemList problems) {
        if (text == null) {
            return fallback;
        }
        List<String> names = new ArrayList<>();
        for (E value : values) {
            if (fileName.apply(value).equals(text)) {
                return value;
            }
            names.add(fileName.apply(value));
        }
        problems.add(path, Text.of("scenario.choice", text, String.join(", ", names)));
        return null;
    }

    /** A number as written in a sentence: {@code -5} rather than {@code -5.0}, {@code 0.5} as is. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /** {@code parent.name}, or just {@code name} at the top. */
    static String path(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }
}
