package dev.rawlab.store;

import java.util.SortedMap;

/**
 * What a node (or the cache) says to one request: a status, the version it holds, the body, and for
 * a LIST the keys it listed. Status {@link #TOO_OLD} is internal: a node telling the load balancer
 * that it is behind the read's version token.
 */
record Answer(int status, long version, String body, SortedMap<String, Long> listed, String node) {

    static final int OK = 200;
    static final int NOT_FOUND = 404;
    static final int UNAVAILABLE = 503;
    static final int TOO_OLD = 409;

    static Answer found(String node, StoredObject object) {
        return new Answer(OK, object.version(), object.body(), null, node);
    }

    static Answer notFound(String node, long tombstoneVersion) {
        return new Answer(NOT_FOUND, tombstoneVersion, null, null, node);
    }

    static Answer listing(String node, SortedMap<String, Long> listed) {
        return new Answer(OK, 0, null, listed, node);
    }

    static Answer unavailable(String node) {
        return new Answer(UNAVAILABLE, 0, null, null, node);
    }

    static Answer written(String node, int status, long version) {
        return new Answer(status, version, null, null, node);
    }

    Answer fromNode(String other) {
        return new Answer(status, version, body, listed, other);
    }

    /** The short label a message carries on screen: "200 v2", "404", "503". */
    String label() {
        if (listed != null) {
            return status + " " + listed.size() + " keys";
        }
        return status == OK ? status + " v" + version : String.valueOf(status);
    }
}
