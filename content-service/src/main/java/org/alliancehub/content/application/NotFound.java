package org.alliancehub.content.application;

/** The addressed thing does not exist, or is not visible to the caller. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super("No " + what + " with id " + id + ".");
    }
}
