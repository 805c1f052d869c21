package org.alliancehub.contracts.search;

import java.time.LocalDate;
import java.util.List;

/**
 * What readers searched for over some days ({@code GET /search/api/analytics/queries}, staff only):
 * searches with words, in one reader language and one emphasis program when asked (null: all),
 * how many found nothing and their share, the most searched queries and the most searched ones
 * that found nothing. Queries are normalized (accents and case folded, spaces collapsed).
 * Since search contract 1.2.
 */
public record QueryReport(String contract, LocalDate from, LocalDate to, String language, String program, long searches,
                          long zeroResultSearches, double zeroResultRate, List<QueryCount> top, List<QueryCount> zeroResults,
                          long dropped) {

    /**
     * A normalized query, how often it was searched, how often it found nothing, and how often a
     * reader opened one of its results (since contract 1.3; counted when the portal knows it).
     */
    public record QueryCount(String query, long searches, long zeroResults, long opened) {
    }
}
