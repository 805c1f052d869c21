package org.alliancehub.contracts.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A page of trainings and events ({@code GET /search/api/activities}) with facet counts (kind,
 * language, topic). {@code crossLanguageTerms} are the glossary translations searched as an alternative.
 */
public record ActivityResults(String contract, String query, long total, int page, int size, List<Hit> hits,
                              Map<String, List<SearchResults.FacetCount>> facets, List<String> crossLanguageTerms) {

    public static ActivityResults of(String query, long total, int page, int size, List<Hit> hits,
                                     Map<String, List<SearchResults.FacetCount>> facets, List<String> crossLanguageTerms) {
        return new ActivityResults(SearchContract.VERSION, query, total, page, size, hits, facets, crossLanguageTerms);
    }

    /** Nothing found (or the index could not be asked). */
    public static ActivityResults empty(String query, int page, int size) {
        return of(query, 0, page, size, List.of(), Map.of(), List.of());
    }

    /**
     * One training or event. {@code kind} is {@value #TRAINING} or {@value #EVENT}. {@code titleHighlight}
     * and {@code snippet} are HTML-escaped with {@code <mark>} around the matched words; every other field
     * is plain text for the reader to escape: {@code description} is the activity's whole description as
     * indexed, {@code programs} the codes of the emphasis programs it supports. Event fields are null for
     * trainings and the reverse.
     */
    public record Hit(String id, String kind, String title, String titleHighlight, String snippet, String description,
                      String allianceId, String allianceName, String agency, List<String> topics, List<String> audiences,
                      List<String> languages, List<String> programs, String format, Integer durationMinutes,
                      String provider, String link, String eventKind, OffsetDateTime startsAt, OffsetDateTime endsAt,
                      String timeZone, String place, String onlineLink, String registrationLink, double score) {

        public static final String TRAINING = "TRAINING";
        public static final String EVENT = "EVENT";
    }
}
