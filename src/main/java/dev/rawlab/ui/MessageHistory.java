package dev.rawlab.ui;

import dev.rawlab.store.Message;
import java.util.List;

/**
 * Every message a run has sent up to now, including those that already arrived (a snapshot only
 * holds the ones in flight), in the order they were sent, so by send time.
 */
public interface MessageHistory {

    /** The messages sent so far, oldest first; read-only. */
    List<Message> messages();
}
