package org.alliancehub.problem;

/**
 * The one paging rule of every listing in every service: pages start at 1, hold {@value #DEFAULT_SIZE}
 * items unless asked for up to {@value #MAX_SIZE}, and reach no deeper than {@value #MAX_DEPTH} items
 * (deep pages cost the database and the engine and serve nobody: filter instead).
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_DEPTH = 10_000;

    public Paging {
        if (page < 1) {
            throw new InvalidParameter("page", "page starts at 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameter("size", "size is between 1 and " + MAX_SIZE + ".");
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new InvalidParameter("page", "Pages reach at most " + MAX_DEPTH + " items deep; narrow the listing instead.");
        }
    }

    /** The page and size parameters as given (either may be absent). */
    public static Paging of(String page, String size) {
        long p = QueryParameters.wholeNumber("page", page, 1);
        long s = QueryParameters.wholeNumber("size", size, DEFAULT_SIZE);
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidParameter("size", "size is between 1 and " + MAX_SIZE + ".");
        }
        if (p < 1) {
            throw new InvalidParameter("page", "page starts at 1.");
        }
        if (p > MAX_DEPTH) {
            throw new InvalidParameter("page", "Pages reach at most " + MAX_DEPTH + " items deep; narrow the listing instead.");
        }
        return new Paging((int) p, (int) s);
    }

    public int offset() {
        return (page - 1) * size;
    }
}
