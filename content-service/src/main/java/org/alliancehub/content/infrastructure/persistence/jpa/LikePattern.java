package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.Locale;

/** A LIKE pattern matching text that contains the given part, its wildcards taken literally. */
final class LikePattern {

    private LikePattern() {
    }

    static String containing(String part) {
        return "%" + escaped(part) + "%";
    }

    /** A LIKE pattern matching text that starts with the given part. */
    static String startingWith(String part) {
        return escaped(part) + "%";
    }

    private static String escaped(String part) {
        return part.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
