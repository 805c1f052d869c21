package org.alliancehub.search.application;

/**
 * A search for trainings and events. By default upcoming events come first, soonest first, then
 * trainings (which have no date); events that have ended are left out unless asked for.
 */
public record ActivityQuery(String text, String preferredLanguage, IndexedActivity.Kind kind, String language,
                            String topic, String program, When when, Sort sort, int page, int size) {

    public enum When {
        UPCOMING, PAST, ANY
    }

    public enum Sort {
        /** Events by start date (soonest first for upcoming, latest first for past), then by relevance. */
        DATE,
        RELEVANCE
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
        if (when == null) {
            when = When.UPCOMING;
        }
        if (sort == null) {
            sort = Sort.DATE;
        }
    }

    public int from() {
        return (page - 1) * size;
    }
}
