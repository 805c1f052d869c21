package org.alliancehub.search.application;

import java.time.LocalDate;

/**
 * A search for trainings and events. By default upcoming events come first, soonest first, then
 * trainings (which have no date); events that have ended are left out unless asked for.
 * {@code alliance} is an alliance id. {@code from} and {@code to} (either may be absent) keep the
 * events that overlap those days in UTC; trainings have no days, so with either of them only events
 * are found, and {@code when} is {@link When#ANY} unless given.
 */
public record ActivityQuery(String text, String preferredLanguage, IndexedActivity.Kind kind, String language,
                            String topic, String program, String alliance, LocalDate from, LocalDate to, When when,
                            Sort sort, int page, int size) {

    public enum When {
        UPCOMING, PAST, ANY
    }

    public enum Sort {
        /** Events by start date (soonest first for upcoming, latest first for past), then by relevance. */
        DATE,
        RELEVANCE,
        /** The curated order of the program filtered on (featured first), then by date; by date without a program. */
        CURATED
    }

    public ActivityQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > SearchQuery.MAX_TEXT) {
            throw new SearchQuery.InvalidQuery("q", "The search text has at most " + SearchQuery.MAX_TEXT + " characters.");
        }
        if (page < 1) {
            throw new SearchQuery.InvalidQuery("page", "page starts at 1.");
        }
        if (size < 1 || size > SearchQuery.MAX_SIZE) {
            throw new SearchQuery.InvalidQuery("size", "size is between 1 and " + SearchQuery.MAX_SIZE + ".");
        }
        if ((long) page * size > SearchQuery.MAX_DEPTH) {
            throw new SearchQuery.InvalidQuery("page", "Pages reach at most " + SearchQuery.MAX_DEPTH + " items deep; narrow the search instead.");
        }
        SearchQuery.requireDays(from, to);
        if (when == null) {
            // days asked for are the period wanted, past ones included
            when = hasDays(from, to) ? When.ANY : When.UPCOMING;
        }
        if (sort == null) {
            sort = text.isEmpty() && program != null ? Sort.CURATED : Sort.DATE;
        }
    }

    /** Whether the search is for events on some days (which trainings, having none, never match). */
    public boolean hasDays() {
        return hasDays(from, to);
    }

    private static boolean hasDays(LocalDate from, LocalDate to) {
        return from != null || to != null;
    }

    /** The index of the page's first hit. */
    public int offset() {
        return (page - 1) * size;
    }
}
