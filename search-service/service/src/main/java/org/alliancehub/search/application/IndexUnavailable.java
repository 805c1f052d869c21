package org.alliancehub.search.application;

/** The index could not be reached or refused the request: worth retrying, and a 503 to a reader. */
public class IndexUnavailable extends RuntimeException {

    public IndexUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
