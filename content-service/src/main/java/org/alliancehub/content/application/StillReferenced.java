package org.alliancehub.content.application;

/** A record others still point to is kept: deleting it would break them (409). */
public class StillReferenced extends RuntimeException {

    public StillReferenced(String what, String byWhat) {
        super("The " + what + " is still referenced by " + byWhat + ", so it is kept; remove those references first.");
    }
}
