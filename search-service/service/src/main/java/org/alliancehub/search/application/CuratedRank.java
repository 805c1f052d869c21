package org.alliancehub.search.application;

/**
 * Where a program's staff placed a document for readers of one language (rank 1 first; featured
 * ones lead). A search filtered to the program, browsing in the curated order, shows these first.
 */
public record CuratedRank(String program, String language, int rank, boolean featured) {
}
