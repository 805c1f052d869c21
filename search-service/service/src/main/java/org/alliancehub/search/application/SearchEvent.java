package org.alliancehub.search.application;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One public search with words, as analytics keep it: when, the normalized query, the reader's
 * language, the filters, how many materials it found and which page was asked; or, with
 * {@code opened} (a material id), a result of that search the reader opened. Nothing about who
 * asked: no address, account or cookie.
 */
public record SearchEvent(Instant at, String query, String language, String program, Map<String, String> filters,
                          long results, int page, String opened) {

    public SearchEvent(Instant at, String query, String language, String program, Map<String, String> filters, long results, int page) {
        this(at, query, language, program, filters, results, page, null);
    }

    /** The longest material id the content service gives (a UUID is 36). */
    public static final int MAX_MATERIAL_ID = 64;

    /**
     * A result the reader opened from the search for {@code text} (in {@code language}, within
     * {@code program} when filtered); null when there were no words, which is no query.
     */
    public static SearchEvent opened(String text, String language, String program, String materialId, Instant at) {
        String normalized = normalize(text);
        if (normalized.isEmpty()) {
            return null;
        }
        return new SearchEvent(at, normalized, language, program == null || program.isBlank() ? null
                : program.strip().toUpperCase(java.util.Locale.ROOT), Map.of(), 0, 1, materialId);
    }

    public boolean isOpened() {
        return opened != null;
    }

    /** Long enough for any real query; a pasted paragraph is kept by its start. */
    public static final int MAX_QUERY = 200;

    /** Accents and case folded, spaces collapsed: "Caída  de ALTURA" and "caida de altura" count as one. */
    public static String normalize(String text) {
        String folded = Folding.fold(text == null ? "" : text).replaceAll("\\s+", " ").strip();
        return folded.length() <= MAX_QUERY ? folded : folded.substring(0, MAX_QUERY);
    }

    /** The event of a search with words; null for browsing without words, which is no query. */
    public static SearchEvent of(SearchQuery query, long results, Instant at) {
        String normalized = normalize(query.text());
        if (normalized.isEmpty()) {
            return null;
        }
        SearchQuery.Filters f = query.filters();
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "language", f.language());
        put(filters, "type", f.type());
        put(filters, "agency", f.agency());
        put(filters, "topic", f.topic());
        put(filters, "industry", f.industry());
        put(filters, "audience", f.audience());
        put(filters, "alliance", f.alliance());
        put(filters, "published", f.published() == null ? null : f.published().name());
        put(filters, "from", f.from() == null ? null : f.from().toString());
        put(filters, "to", f.to() == null ? null : f.to().toString());
        String program = f.program() == null ? null : f.program().strip().toUpperCase(java.util.Locale.ROOT);
        return new SearchEvent(at, normalized, query.preferredLanguage(), program, filters, results, query.page());
    }

    private static void put(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value);
        }
    }
}
