package dev.rawlab.cli;

import dev.rawlab.experiment.Fix;
import dev.rawlab.experiment.ObjectKind;
import dev.rawlab.experiment.WarsModel;
import dev.rawlab.i18n.Text;
import dev.rawlab.sim.DistributionFormatException;
import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import dev.rawlab.store.SyncReplication;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the words of {@code raw-lab experiment}'s options (times, distributions, fixes, replication
 * modes, profiles) into values, or throws {@link BadArgument} with the sentence to print.
 */
final class ExperimentArgs {

    /** A value that could not be read; the message is the sentence for the user. */
    static final class BadArgument extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadArgument(Text text) {
            super(text.format());
        }
    }

    private ExperimentArgs() {
    }

    /** {@code 0,1,5,10,100}: times in ms, each 0 or more, in microseconds. */
    static long[] times(String list) {
        String[] fields = list.split(",", -1);
        long[] micros = new long[fields.length];
        for (int i = 0; i < fields.length; i++) {
            double millis;
            try {
                millis = Double.parseDouble(fields[i].trim());
            } catch (NumberFormatException e) {
                throw new BadArgument(Text.of("experiment.bad.t", list));
            }
            if (!(millis >= 0) || !Double.isFinite(millis) || millis > 3_600_000) {
                throw new BadArgument(Text.of("experiment.bad.t", list));
            }
            micros[i] = Micros.ofMillis(millis);
        }
        return micros;
    }

    static LatencyDistribution distribution(String option, String text) {
        try {
            return LatencyDistribution.parse(text);
        } catch (DistributionFormatException e) {
            throw new BadArgument(Text.of("experiment.bad.distribution", option, text));
        }
    }

    /** {@code const:10,const:80}: one lag per replica (the last repeats). */
    static List<LatencyDistribution> lags(String text) {
        List<LatencyDistribution> lags = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            lags.add(distribution("--lag", part));
        }
        return lags;
    }

    static Fix fix(String name) {
        for (Fix fix : Fix.values()) {
            if (fix.fileName().equals(name.trim())) {
                return fix;
            }
        }
        throw new BadArgument(Text.of("experiment.bad.read", name, Arrays.stream(Fix.values())
                .map(Fix::fileName).collect(Collectors.joining(", "))));
    }

    /** {@code async}, {@code all}, {@code majority}, or a number of copies. */
    static SyncReplication write(String mode) {
        String word = mode.trim();
        SyncReplication async = SyncReplication.ASYNC;
        return switch (word) {
            case "async" -> async;
            case "all" -> new SyncReplication(SyncReplication.Mode.ALL, 1, async.onOffline(), async.timeoutMillis());
            case "majority" -> new SyncReplication(SyncReplication.Mode.MAJORITY, 1, async.onOffline(), async.timeoutMillis());
            default -> {
                int count;
                try {
                    count = Integer.parseInt(word);
                } catch (NumberFormatException e) {
                    throw new BadArgument(Text.of("experiment.bad.write", mode));
                }
                if (count < 1) {
                    throw new BadArgument(Text.of("experiment.bad.write", mode));
                }
                yield new SyncReplication(SyncReplication.Mode.COUNT, count, async.onOffline(), async.timeoutMillis());
            }
        };
    }

    static WarsModel.Profile profile(String name) {
        for (WarsModel.Profile profile : WarsModel.Profile.values()) {
            if (profile.displayName().equalsIgnoreCase(name.trim())) {
                return profile;
            }
        }
        throw new BadArgument(Text.of("experiment.bad.profile", name, Arrays.stream(WarsModel.Profile.values())
                .map(WarsModel.Profile::displayName).collect(Collectors.joining(", "))));
    }

    static ObjectKind object(String name) {
        for (ObjectKind kind : ObjectKind.values()) {
            if (kind.fileName().equals(name.trim())) {
                return kind;
            }
        }
        throw new BadArgument(Text.of("experiment.bad.object", name));
    }
}
