package org.alliancehub.content.application;

/** The caller edited an older version than the stored one (If-Match did not match). */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String what, long expected, long actual) {
        super("The " + what + " changed since you read it (you sent version " + expected + ", it is now " + actual
                + "); reload and apply your change again.");
    }
}
