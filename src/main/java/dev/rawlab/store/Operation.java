package dev.rawlab.store;

import dev.rawlab.sim.Simulation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An operation still under way: what was asked, which tries and nodes it has been through, and
 * the counters a synchronous write or a quorum read waits on. Becomes an {@link OperationRecord}
 * when it completes.
 */
final class Operation {

    final long id;
    final UserSession user;
    final OpKind kind;
    final String key;
    final String body;
    final String forcedNode;
    final boolean consistent;
    final long tokenVersion;
    final long invokeMicros;

    int attempts;
    int messages;
    final List<String> touched = new ArrayList<>();
    /** Nodes a version-token reroute already found too old, in this try. */
    final Set<String> tried = new HashSet<>();
    boolean forcedUsed;
    boolean lazyUsed;
    boolean viaCache;
    boolean answered;
    boolean done;

    // writes
    long version;
    String writeNode;
    int acksNeeded;
    int acksReceived;

    // gathered reads (quorum, partitioned LIST)
    /** The pending timeout of a synchronous write or a gathered read, if any. */
    Simulation.Timer timeout;

    int answersNeeded;
    int answersReceived;
    /** Nodes asked in this try, and how many of them turned out to be offline when the request arrived. */
    int answersAsked;
    int answersMissing;
    /** A gathered LIST: the newest copy of each key among the answers so far, tombstones included. */
    final SortedMap<String, StoredObject> gathered = new TreeMap<>();
    Answer best;

    Operation(long id, UserSession user, OpKind kind, String key, String body, String forcedNode,
              boolean consistent, long tokenVersion, long invokeMicros) {
        this.id = id;
        this.user = user;
        this.kind = kind;
        this.key = key;
        this.body = body;
        this.forcedNode = forcedNode;
        this.consistent = consistent;
        this.tokenVersion = tokenVersion;
        this.invokeMicros = invokeMicros;
    }

    void cancelTimeout() {
        if (timeout != null) {
            timeout.cancel();
            timeout = null;
        }
    }

    void touch(String node) {
        touched.add(node);
    }

    /** "GET avatar.png", the label of this operation's request on screen (built once, sent many times). */
    String requestLabel() {
        if (requestLabel == null) {
            requestLabel = kind + " " + key;
        }
        return requestLabel;
    }

    private String requestLabel;
}
