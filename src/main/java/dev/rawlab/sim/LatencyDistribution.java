package dev.rawlab.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A distribution of delays, written in milliseconds and sampled in integer microseconds.
 *
 * <p>Text forms (all numbers in milliseconds): {@code const:80}, {@code uniform:5:50},
 * {@code exp:20} (exponential by mean), {@code exprate:1.66} (exponential by rate per millisecond),
 * {@code pareto:0.235:10} (scale x_m, shape alpha), and a weighted mix
 * {@code mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66}. {@link #text()} gives a form that
 * {@link #parse(String)} reads back to an equal distribution.
 */
public sealed interface LatencyDistribution {

    /** The longest delay ever drawn: one hour. Heavy tails are cut here so clocks never overflow. */
    long MAX_SAMPLE_MICROS = 3_600L * Micros.PER_SECOND;

    /** Draws one delay in microseconds from {@code random}. Uses at most one number from the stream
     * (none for a constant), or one more for a mix. */
    long sampleMicros(RandomGenerator random);

    /** The mean in milliseconds (infinite for a Pareto with alpha at most 1). */
    double meanMillis();

    /** The text form, readable by {@link #parse(String)}. */
    String text();

    /** A fixed delay. */
    record Constant(double millis) implements LatencyDistribution {
        public Constant {
            requireNonNegative(millis, "const");
        }

        @Override
        public long sampleMicros(RandomGenerator random) {
            return clamp(millis);
        }

        @Override
        public double meanMillis() {
            return millis;
        }

        @Override
        public String text() {
            return "const:" + number(millis);
        }
    }

    /** A delay drawn evenly between two bounds. */
    record Uniform(double lowMillis, double highMillis) implements LatencyDistribution {
        public Uniform {
            requireNonNegative(lowMillis, "uniform");
            if (highMillis < lowMillis) {
                throw new DistributionFormatException(DistributionFormatException.Reason.BAD_BOUNDS,
                        "uniform:" + number(lowMillis) + ":" + number(highMillis));
            }
        }

        @Override
        public long sampleMicros(RandomGenerator random) {
            return clamp(lowMillis + random.nextDouble() * (highMillis - lowMillis));
        }

        @Override
        public double meanMillis() {
            return (lowMillis + highMillis) / 2;
        }

        @Override
        public String text() {
            return "uniform:" + number(lowMillis) + ":" + number(highMillis);
        }
    }

    /** An exponential delay with the given mean. */
    record Exponential(double meanMillis) implements LatencyDistribution {
        public Exponential {
            requirePositive(meanMillis, "exp");
        }

        @Override
        public long sampleMicros(RandomGenerator random) {
            return clamp(-meanMillis * Math.log(1.0 - random.nextDouble()));
        }

        @Override
        public String text() {
            return "exp:" + number(meanMillis);
        }
    }

    /** A Pareto delay: at least {@code scaleMillis}, with tail index {@code shape}. */
    record Pareto(double scaleMillis, double shape) implements LatencyDistribution {
        public Pareto {
            requirePositive(scaleMillis, "pareto");
            requirePositive(shape, "pareto");
        }

        @Override
        public long sampleMicros(RandomGenerator random) {
            return clamp(scaleMillis / Math.pow(1.0 - random.nextDouble(), 1.0 / shape));
        }

        @Override
        public double meanMillis() {
            return shape <= 1 ? Double.POSITIVE_INFINITY : shape * scaleMillis / (shape - 1);
        }

        @Override
        public String text() {
            return "pareto:" + number(scaleMillis) + ":" + number(shape);
        }
    }

    /** One part of a {@link Mixture}: a weight and a distribution. */
    record Weighted(double weight, LatencyDistribution distribution) {
        public Weighted {
            requirePositive(weight, "mix");
            if (distribution instanceof Mixture) {
                throw new DistributionFormatException(DistributionFormatException.Reason.NESTED_MIX, distribution.text());
            }
        }
    }

    /** A weighted mix: one part is chosen by weight, then sampled. */
    record Mixture(List<Weighted> parts) implements LatencyDistribution {
        public Mixture {
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new DistributionFormatException(DistributionFormatException.Reason.EMPTY_MIX, "mix:");
            }
        }

        private double totalWeight() {
            double total = 0;
            for (Weighted part : parts) {
                total += part.weight();
            }
            return total;
        }

        @Override
        public long sampleMicros(RandomGenerator random) {
            double pick = random.nextDouble() * totalWeight();
            for (Weighted part : parts) {
                pick -= part.weight();
                if (pick < 0) {
                    return part.distribution().sampleMicros(random);
                }
            }
            return parts.get(parts.size() - 1).distribution().sampleMicros(random);
        }

        @Override
        public double meanMillis() {
            double sum = 0;
            for (Weighted part : parts) {
                sum += part.weight() * part.distribution().meanMillis();
            }
            return sum / totalWeight();
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder("mix:");
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    text.append('+');
                }
                text.append(number(parts.get(i).weight())).append('*').append(parts.get(i).distribution().text());
            }
            return text.toString();
        }
    }

    /** A constant delay of {@code millis}. */
    static LatencyDistribution constant(double millis) {
        return new Constant(millis);
    }

    /** Reads a distribution from its text form; throws {@link DistributionFormatException} with the reason. */
    static LatencyDistribution parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DistributionFormatException(DistributionFormatException.Reason.EMPTY, String.valueOf(text));
        }
        String trimmed = text.trim();
        if (trimmed.startsWith("mix:")) {
            String body = trimmed.substring(4);
            if (body.isBlank()) {
                throw new DistributionFormatException(DistributionFormatException.Reason.EMPTY_MIX, trimmed);
            }
            List<Weighted> parts = new ArrayList<>();
            for (String part : body.split("\\+", -1)) {
                int star = part.indexOf('*');
                if (star < 0) {
                    throw new DistributionFormatException(DistributionFormatException.Reason.BAD_MIX_PART, part);
                }
                String inner = part.substring(star + 1).trim();
                if (inner.startsWith("mix:")) {
                    throw new DistributionFormatException(DistributionFormatException.Reason.NESTED_MIX, trimmed);
                }
                parts.add(new Weighted(parseNumber(part.substring(0, star), trimmed), parseSimple(inner)));
            }
            return new Mixture(parts);
        }
        return parseSimple(trimmed);
    }

    private static LatencyDistribution parseSimple(String text) {
        String[] fields = text.trim().split(":", -1);
        String kind = fields[0].toLowerCase(Locale.ROOT);
        int wanted = switch (kind) {
            case "const", "exp", "exprate" -> 1;
            case "uniform", "pareto" -> 2;
            default -> throw new DistributionFormatException(DistributionFormatException.Reason.UNKNOWN_KIND, text);
        };
        if (fields.length - 1 != wanted) {
            throw new DistributionFormatException(DistributionFormatException.Reason.WRONG_ARITY, text);
        }
        double first = parseNumber(fields[1], text);
        return switch (kind) {
            case "const" -> new Constant(first);
            case "exp" -> new Exponential(first);
            case "exprate" -> {
                requirePositive(first, text);
                yield new Exponential(1.0 / first);
            }
            case "uniform" -> new Uniform(first, parseNumber(fields[2], text));
            default -> new Pareto(first, parseNumber(fields[2], text));
        };
    }

    private static double parseNumber(String field, String whole) {
        try {
            double value = Double.parseDouble(field.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException(field);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new DistributionFormatException(DistributionFormatException.Reason.NOT_A_NUMBER, whole);
        }
    }

    private static void requireNonNegative(double value, String where) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new DistributionFormatException(DistributionFormatException.Reason.NEGATIVE, where + ":" + value);
        }
    }

    private static void requirePositive(double value, String where) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new DistributionFormatException(DistributionFormatException.Reason.NOT_POSITIVE, where + ":" + value);
        }
    }

    private static long clamp(double millis) {
        double micros = millis * Micros.PER_MILLI;
        return micros >= MAX_SAMPLE_MICROS ? MAX_SAMPLE_MICROS : Math.round(micros);
    }

    /** A number without a trailing ".0": 80 rather than 80.0, 0.235 stays 0.235. */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
