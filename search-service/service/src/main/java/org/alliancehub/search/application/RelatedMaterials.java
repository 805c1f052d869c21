package org.alliancehub.search.application;

import java.util.List;

import org.alliancehub.contracts.search.SearchResults;

/** A material's language versions as indexed, and other materials about the same things. */
public record RelatedMaterials(String materialId, List<SearchResults.Hit> versions, List<SearchResults.Hit> related) {

    public static final int MAX_SIZE = 20;
}
