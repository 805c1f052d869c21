package org.alliancehub.stack;

/** A part of the local stack could not be installed, started or stopped. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
