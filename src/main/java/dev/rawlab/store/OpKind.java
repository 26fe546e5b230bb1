package dev.rawlab.store;

/** The four operations of the store. */
public enum OpKind {
    PUT, GET, LIST, DELETE;

    public boolean isRead() {
        return this == GET || this == LIST;
    }

    public boolean isWrite() {
        return this == PUT || this == DELETE;
    }
}
