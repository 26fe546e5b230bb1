package dev.rawlab.store;

/**
 * A user of the store: a name people read ("alice") and a numeric id that sticky routing uses
 * (odd ids to the first replica, even ids to the second, by default).
 */
public record UserSpec(String name, int id) {
    public UserSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a user needs a name");
        }
        if (id < 1) {
            throw new IllegalArgumentException("user ids start at 1, got " + id + " for " + name);
        }
    }
}
