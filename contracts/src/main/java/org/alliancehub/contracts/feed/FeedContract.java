package org.alliancehub.contracts.feed;

/** The version of the change feed's contract and the rule for reading it (see the package description). */
public final class FeedContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;

    /** Kinds of item on the feed. */
    public static final String MATERIAL = "material";
    public static final String TRAINING = "training";
    public static final String EVENT = "event";

    /** Actions of an entry. */
    public static final String UPSERT = "upsert";
    public static final String DELETE = "delete";

    private FeedContract() {
    }

    /**
     * Whether a reader of this contract understands an entry written under {@code version}: the same
     * major version, any minor. An entry without a version predates versioning and is 1.0.
     */
    public static boolean understands(String version) {
        if (version == null || version.isBlank()) {
            return true;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version.strip() : version.substring(0, dot).strip()) == MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
