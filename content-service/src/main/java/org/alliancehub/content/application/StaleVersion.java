package org.alliancehub.content.application;

/** The caller edited an older version than the stored one (If-Match did not match). */
public class StaleVersion extends RuntimeException {

    /** Refuses an edit made from an older read: {@code expected} is the If-Match version, null when none was sent. */
    public static void requireMatch(String what, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersion(what, expected, actual);
        }
    }

    public StaleVersion(String what, long expected, long actual) {
        super("The " + what + " changed since you read it (you sent version " + expected + ", it is now " + actual
                + "); reload and apply your change again.");
    }
}
