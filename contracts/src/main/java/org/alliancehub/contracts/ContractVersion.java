package org.alliancehub.contracts;

/**
 * The rule every contract here follows. Each record that crosses a service boundary carries the
 * contract version it was written under in a field named {@code contract} ("1.0"). A compatible
 * change adds optional fields (or kinds a reader may skip) and raises the minor number; readers
 * ignore fields they do not know and treat a missing one as absent. Anything else (a field removed,
 * renamed, or given another meaning or type) is a new major version, which a reader that does not
 * know it refuses, with a log line, rather than guess.
 */
public final class ContractVersion {

    private ContractVersion() {
    }

    /** "major.minor". */
    public static String of(int major, int minor) {
        return major + "." + minor;
    }

    /**
     * Whether a reader of {@code major} understands what was written under {@code written}: the same
     * major, any minor. Nothing written predates versioning, which began at 1.0.
     */
    public static boolean understands(String written, int major) {
        if (written == null || written.isBlank()) {
            return major == 1;
        }
        int dot = written.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? written.strip() : written.substring(0, dot).strip()) == major;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
