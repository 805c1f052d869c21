package org.alliancehub.contracts.search;

import java.util.List;

/**
 * A material's language versions as indexed, and other materials about the same things, one version
 * each, the reader's language first ({@code GET /search/api/materials/{id}/related}).
 */
public record RelatedMaterials(String contract, String materialId, List<SearchResults.Hit> versions, List<SearchResults.Hit> related) {

    public static final int MAX_SIZE = 20;

    public static RelatedMaterials of(String materialId, List<SearchResults.Hit> versions, List<SearchResults.Hit> related) {
        return new RelatedMaterials(SearchContract.VERSION, materialId, versions, related);
    }
}
