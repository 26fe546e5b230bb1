package dev.rawlab.experiment;

import dev.rawlab.sim.LatencyDistribution;
import dev.rawlab.sim.Micros;
import java.util.Objects;

/**
 * The four one-way delays of the WARS model (Bailis et al., "Probabilistically Bounded Staleness for
 * Practical Partial Quorums", VLDB 2012), drawn independently for every replica: W, the write on its
 * way to the replica (until it is applied there); A, the acknowledgement back to the coordinator; R,
 * the read on its way to the replica; S, the replica's answer back.
 *
 * @param remoteMicros extra one-way delay for a replica outside the writer's datacenter (on W and A)
 *                     or outside the reader's (on R and S); 0 puts everything in one datacenter.
 *                     When positive, each replica sits in its own datacenter and the writer's and the
 *                     reader's datacenters are drawn uniformly and independently in every trial.
 */
public record WarsModel(LatencyDistribution write, LatencyDistribution ack, LatencyDistribution read,
                        LatencyDistribution answer, long remoteMicros) {

    public WarsModel {
        Objects.requireNonNull(write, "write");
        Objects.requireNonNull(ack, "ack");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(answer, "answer");
        if (remoteMicros < 0) {
            throw new IllegalArgumentException("remote delay must not be negative: " + remoteMicros);
        }
    }

    /** The same distribution for all four delays, one datacenter. */
    public static WarsModel uniform(LatencyDistribution delay) {
        return new WarsModel(delay, delay, delay, delay, 0);
    }

    /** The production fits of the PBS paper, by the names it uses. */
    public enum Profile {
        LNKD_SSD(Fits.SSD, Fits.SSD, 0),
        LNKD_DISK(Fits.DISK_WRITE, Fits.SSD, 0),
        YMMR(Fits.YMMR_WRITE, Fits.YMMR_OTHER, 0),
        WAN(Fits.DISK_WRITE, Fits.SSD, Fits.WAN_REMOTE_MILLIS);

        private final String write;
        private final String other;
        private final double remoteMillis;

        Profile(String write, String other, double remoteMillis) {
            this.write = write;
            this.other = other;
            this.remoteMillis = remoteMillis;
        }

        /** The name the paper and the command line use: LNKD-SSD, LNKD-DISK, YMMR, WAN. */
        public String displayName() {
            return name().replace('_', '-');
        }

        public static Profile fromName(String name) {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        }

        public WarsModel model() {
            LatencyDistribution others = LatencyDistribution.parse(other);
            return new WarsModel(LatencyDistribution.parse(write), others, others, others, Micros.ofMillis(remoteMillis));
        }
    }

    /** The fitted distributions, in the text form of {@link LatencyDistribution#parse} (ms; exprate per ms). */
    static final class Fits {
        /** LNKD-SSD, all four delays; LNKD-DISK's A, R and S. */
        static final String SSD = "mix:0.9122*pareto:0.235:10+0.0878*exprate:1.66";
        /** LNKD-DISK's W. */
        static final String DISK_WRITE = "mix:0.38*pareto:1.05:1.51+0.62*exprate:0.183";
        /** YMMR's W. */
        static final String YMMR_WRITE = "mix:0.939*pareto:3:3.35+0.061*exprate:0.0028";
        /** YMMR's A, R and S. */
        static final String YMMR_OTHER = "mix:0.982*pareto:1.5:3.8+0.018*exprate:0.0217";
        /** WAN: one way between datacenters. */
        static final double WAN_REMOTE_MILLIS = 75;

        private Fits() {
        }
    }
}
