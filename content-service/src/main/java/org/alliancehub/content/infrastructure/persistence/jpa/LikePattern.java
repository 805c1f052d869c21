package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.Locale;

/** A LIKE pattern matching text that contains the given part, its wildcards taken literally. */
final class LikePattern {

    private LikePattern() {
    }

    static String containing(String part) {
        String escaped = part.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
