package org.alliancehub.search.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of hits, each one language version, with facet counts over all matches (of versions).
 * When the reader's language is known, each material appears once, in the reader's language if
 * it has that version, and {@code total} counts materials.
 * {@code crossLanguageTerms} are the glossary translations searched as an alternative;
 * {@code didYouMean} is a corrected query when some words are not in the index at all.
 */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits,
                            Map<String, List<FacetCount>> facets, List<String> crossLanguageTerms, String didYouMean) {

    public static SearchResults empty(SearchQuery query) {
        return new SearchResults(query.text(), 0, query.page(), query.size(), List.of(), Map.of(), List.of(), null);
    }

    /**
     * One hit. {@code titleHighlight} and {@code snippet} are HTML-escaped text with {@code <mark>}
     * around the matched words; every other field is plain text for the caller to escape.
     * {@code otherLanguage} is true when the hit is not in the reader's language.
     */
    public record Hit(String materialId, String language, boolean otherLanguage, String title, String summary,
                      String titleHighlight, String snippet, String type, String allianceId, String allianceName,
                      String agency, List<String> topics, List<String> industries, List<String> audiences,
                      List<String> programs, String publicationNumber, LocalDate publicationDate,
                      List<String> availableLanguages, double score) {
    }

    /** A facet value, its display label when that differs (an alliance's name for its id), and its count. */
    public record FacetCount(String value, String label, long count) {
    }
}
