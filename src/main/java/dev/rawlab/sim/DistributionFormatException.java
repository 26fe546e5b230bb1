package dev.rawlab.sim;

/**
 * A latency distribution's text could not be read. Carries a {@link Reason} so that the layers that
 * talk to people can say what went wrong in their own words; the message is a plain fallback.
 */
public final class DistributionFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What was wrong with the text. */
    public enum Reason {
        EMPTY, UNKNOWN_KIND, WRONG_ARITY, NOT_A_NUMBER, NEGATIVE, NOT_POSITIVE, BAD_BOUNDS, BAD_MIX_PART, EMPTY_MIX, NESTED_MIX
    }

    private final Reason reason;
    private final String input;

    public DistributionFormatException(Reason reason, String input) {
        super(reason + ": '" + input + "' (expected const:MS, uniform:LO:HI, exp:MEAN, exprate:RATE, pareto:XM:ALPHA or mix:W*DIST+W*DIST)");
        this.reason = reason;
        this.input = input;
    }

    public Reason reason() {
        return reason;
    }

    public String input() {
        return input;
    }
}
