package dev.rawlab.experiment;

/**
 * What a long experiment reports as it goes, and how it is stopped: {@link #advanced} after each
 * chunk of trials, and {@link #cancelled} asked before each chunk. Both may be called from several
 * threads at once.
 */
public interface Progress {

    /** No reporting, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void advanced(int trials) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code trials} more trials have finished. */
    void advanced(int trials);

    /** Whether to stop; the run then ends with {@link java.util.concurrent.CancellationException}. */
    boolean cancelled();
}
