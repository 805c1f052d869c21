package org.alliancehub.content.application;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.alliancehub.domain.model.account.Caller;

/**
 * The tags already in use, offered as suggestions while partners and staff classify a material:
 * the values of one kind, those starting with what was typed first, then those containing it, the
 * most used first within each group. Counted over what the caller may read: published materials
 * and trainings, and every one of the alliances a partner acts for (staff: all), so another
 * alliance's drafts give nothing away.
 */
public interface Vocabulary {

    int DEFAULT_LIMIT = 10;
    int MAX_LIMIT = 50;

    /** Topics are used on materials and trainings, audiences likewise, industries on materials only. */
    enum Kind {
        TOPICS, INDUSTRIES, AUDIENCES;

        /** {@code topics}, in any case; empty for anything else. */
        public static Optional<Kind> named(String name) {
            for (Kind kind : values()) {
                if (kind.label().equalsIgnoreCase(name == null ? "" : name.strip())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One value as most often spelled, and on how many materials and trainings it is used. */
    record Term(String value, long count) {
    }

    /** At most {@code limit} (1..{@value #MAX_LIMIT}) values matching {@code query} (blank: all), for any signed-in caller. */
    List<Term> suggest(Caller caller, Kind kind, String query, int limit);
}
