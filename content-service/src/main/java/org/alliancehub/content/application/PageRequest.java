package org.alliancehub.content.application;

/** A 1-based page of at most {@value #MAX_SIZE} items, no deeper than {@value #MAX_DEPTH} items. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size is between 1 and " + MAX_SIZE);
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new IllegalArgumentException("pages reach at most " + MAX_DEPTH + " items deep");
        }
    }

    public int offset() {
        return (page - 1) * size;
    }
}
