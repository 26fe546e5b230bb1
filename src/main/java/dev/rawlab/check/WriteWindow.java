package dev.rawlab.check;

/**
 * How long one acknowledged write stayed invisible somewhere: from its acknowledgement until the
 * last replica that was online at the end held it (or something newer). {@code convergedMicros} is -1
 * while some online replica still lacks it.
 */
public record WriteWindow(long operationId, String key, long version, long ackMicros, long convergedMicros) {

    public boolean open() {
        return convergedMicros < 0;
    }

    /** The staleness window in microseconds (0 if every replica had it by the acknowledgement), -1 if open. */
    public long windowMicros() {
        return open() ? -1 : Math.max(0, convergedMicros - ackMicros);
    }
}
