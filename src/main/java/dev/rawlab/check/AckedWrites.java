package dev.rawlab.check;

import dev.rawlab.store.OpKind;
import dev.rawlab.store.OperationRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The acknowledged writes of a trace, indexed by key and acknowledgement time, so the checker can
 * ask "what was the newest write of this key acknowledged by this moment (by anyone, or by this user)?"
 */
final class AckedWrites {

    /** One acknowledged write. */
    record Ack(long operationId, String key, long version, boolean delete, String user, long ackMicros) {
    }

    private final Map<String, List<Ack>> byKey = new HashMap<>();

    AckedWrites() {
    }

    AckedWrites(Collection<OperationRecord> operations) {
        operations.forEach(this::add);
    }

    /** Takes note of {@code op} if it is an acknowledged write; returns its ack, or null. */
    Ack add(OperationRecord op) {
        if (!op.op().isWrite() || !op.ok()) {
            return null;
        }
        Ack ack = new Ack(op.id(), op.key(), op.version(), op.op() == OpKind.DELETE, op.user(), op.completeMicros());
        byKey.computeIfAbsent(op.key(), key -> new ArrayList<>()).add(ack);
        return ack;
    }

    /** The highest-versioned write of {@code key} acknowledged at or before {@code micros}, by {@code user} if not null. */
    Ack newest(String key, long micros, String user) {
        Ack newest = null;
        for (Ack ack : byKey.getOrDefault(key, List.of())) {
            if (ack.ackMicros <= micros && (user == null || ack.user.equals(user))
                    && (newest == null || ack.version > newest.version)) {
                newest = ack;
            }
        }
        return newest;
    }

    /** Every key with an acknowledged write, for LIST checks. */
    Collection<String> keys() {
        return byKey.keySet();
    }

}
