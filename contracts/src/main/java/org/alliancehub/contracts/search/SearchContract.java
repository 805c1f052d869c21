package org.alliancehub.contracts.search;

/** The version of the search answers' contract (see the package description). */
public final class SearchContract {

    public static final int MAJOR = 1;
    public static final int MINOR = 0;
    public static final String VERSION = MAJOR + "." + MINOR;

    private SearchContract() {
    }

    /** The same major version, any minor. */
    public static boolean understands(String version) {
        if (version == null || version.isBlank()) {
            return false;
        }
        int dot = version.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? version.strip() : version.substring(0, dot).strip()) == MAJOR;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
