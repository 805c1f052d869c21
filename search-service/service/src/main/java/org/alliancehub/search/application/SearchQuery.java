package org.alliancehub.search.application;

import java.time.LocalDate;

/**
 * A search as the public asks it: free text (may be empty to browse), the reader's language,
 * which ranks versions in that language first without hiding others, optional filters, a page.
 * {@code verbatim}: the words as typed, even when they find nothing (no spelling recovery), as
 * "search instead for" asks.
 */
public record SearchQuery(String text, String preferredLanguage, Filters filters, Sort sort, int page, int size, boolean verbatim) {

    public SearchQuery(String text, String preferredLanguage, Filters filters, Sort sort, int page, int size) {
        this(text, preferredLanguage, filters, sort, page, size, false);
    }

    public static final int MAX_TEXT = 500;
    /** The one paging rule of every service (at most 100 a page, 10,000 deep). */
    public static final int MAX_SIZE = org.alliancehub.problem.Paging.MAX_SIZE;
    public static final int MAX_DEPTH = org.alliancehub.problem.Paging.MAX_DEPTH;
    public static final int DEFAULT_SIZE = org.alliancehub.problem.Paging.DEFAULT_SIZE;
    public enum Sort {
        RELEVANCE, NEWEST, TITLE,
        /** The curated order of the program filtered on (featured first), then the newest; newest without a program. */
        CURATED
    }

    /** Publication-date buckets offered as a facet; each is also a filter value. */
    public enum Published {
        PAST_YEAR, PAST_5_YEARS, OLDER
    }

    /**
     * Exact filters, each matching a facet: values compare without accents or case, so "Caidas"
     * filters the facet value "caídas". {@code alliance} is an alliance id.
     */
    public record Filters(String language, String type, String agency, String topic, String industry, String audience,
                          String program, String alliance, Published published, LocalDate from, LocalDate to) {

        public static final Filters NONE = new Filters(null, null, null, null, null, null, null, null, null, null, null);

        public Filters {
            requireDays(from, to);
        }
    }

    /** The one rule of the {@code from}/{@code to} days of every search: both in the calendar, from not after to. */
    static void requireDays(LocalDate from, LocalDate to) {
        requireInRange("from", from);
        requireInRange("to", to);
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidQuery("from", "'from' (" + from + ") is after 'to' (" + to + ").");
        }
    }

    private static void requireInRange(String parameter, LocalDate date) {
        // the calendar the content service keeps too: beyond it Elasticsearch cannot hold a date
        if (!org.alliancehub.domain.model.shared.PlausibleDates.contains(date)) {
            throw new InvalidQuery(parameter, "'" + parameter + "' is " + org.alliancehub.domain.model.shared.PlausibleDates.RULE + ".");
        }
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new InvalidQuery("q", "The search text has at most " + MAX_TEXT + " characters.");
        }
        if (page < 1) {
            throw new InvalidQuery("page", "page starts at 1.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQuery("size", "size is between 1 and " + MAX_SIZE + ".");
        }
        if ((long) page * size > MAX_DEPTH) {
            throw new InvalidQuery("page", "Pages reach at most " + MAX_DEPTH + " items deep; narrow the search instead.");
        }
        if (filters == null) {
            filters = Filters.NONE;
        }
        if (sort == null) {
            sort = !text.isEmpty() ? Sort.RELEVANCE : filters.program() != null ? Sort.CURATED : Sort.NEWEST;
        }
    }

    public int from() {
        return (page - 1) * size;
    }

    /**
     * A query of more words of four letters or more is a sentence ("what do I do if…"): its
     * unknown words are more often real words the collection lacks than typos, so neither the index
     * nor the glossary forgives its typos, nor is its spelling suggestion searched for it.
     */
    public static final int MOST_FORGIVEN_WORDS = 4;

    public static boolean isSentence(String text) {
        return java.util.Arrays.stream(Folding.fold(text == null ? "" : text).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 4).count() > MOST_FORGIVEN_WORDS;
    }

    /** The same search for other words (a spelling correction), on the same page and filters. */
    public SearchQuery withText(String other) {
        return new SearchQuery(other, preferredLanguage, filters, sort, page, size, true);
    }

    /** How many of the words a hit must match. */
    public enum Words {
        /** Most of them (all of one or two, three of four): the usual rule. */
        MOST,
        /** Any one: the last recovery before an empty page. */
        ANY
    }

    /** A query the caller got wrong; {@code parameter} names which part. */
    public static class InvalidQuery extends RuntimeException {
        private final String parameter;

        public InvalidQuery(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }
}
