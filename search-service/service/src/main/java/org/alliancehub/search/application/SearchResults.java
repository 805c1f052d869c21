package org.alliancehub.search.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A page of hits, each one language version, with facet counts over all matches. */
public record SearchResults(String query, long total, int page, int size, List<Hit> hits,
                            Map<String, List<FacetCount>> facets) {

    /**
     * One hit. {@code titleHighlight} and {@code snippet} are HTML-escaped text with {@code <mark>}
     * around the matched words; every other field is plain text for the caller to escape.
     */
    public record Hit(String materialId, String language, String title, String summary, String titleHighlight,
                      String snippet, String type, String allianceName, String agency, List<String> topics,
                      String publicationNumber, LocalDate publicationDate, List<String> availableLanguages,
                      double score) {
    }

    public record FacetCount(String value, long count) {
    }
}
