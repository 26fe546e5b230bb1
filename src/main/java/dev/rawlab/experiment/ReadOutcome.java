package dev.rawlab.experiment;

/** What the read of one trial saw. */
public enum ReadOutcome {
    /** The body the trial just wrote. */
    SEES_WRITE,
    /** 404: the key looked absent. */
    NOT_FOUND,
    /** 200 with the body from before the write. */
    OLD_BODY,
    /** No answer (503), or the write itself was never acknowledged. */
    NO_ANSWER
}
