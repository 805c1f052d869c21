package org.alliancehub.search.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.alliancehub.contracts.search.SearchResults;

/** A page of trainings and events with facet counts (kind, language, topic). */
public record ActivityResults(String query, long total, int page, int size, List<Hit> hits,
                              Map<String, List<SearchResults.FacetCount>> facets, List<String> crossLanguageTerms) {

    public static ActivityResults empty(ActivityQuery query) {
        return new ActivityResults(query.text(), 0, query.page(), query.size(), List.of(), Map.of(), List.of());
    }

    /**
     * {@code titleHighlight} and {@code snippet} are HTML-escaped with {@code <mark>} around the
     * matched words; other fields are plain text. Event fields are null for trainings and the reverse.
     */
    public record Hit(String id, IndexedActivity.Kind kind, String title, String titleHighlight, String snippet,
                      String allianceId, String allianceName, String agency, List<String> topics, List<String> audiences,
                      List<String> languages, String format, Integer durationMinutes, String provider, String link,
                      String eventKind, OffsetDateTime startsAt, OffsetDateTime endsAt, String timeZone, String place,
                      String onlineLink, String registrationLink, double score) {
    }
}
