package org.alliancehub.search.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.alliancehub.search.application.MaterialIndex;
import org.alliancehub.search.application.MaterialSearch;
import org.alliancehub.search.application.SearchQuery;
import org.alliancehub.search.application.SearchResults;

@ApplicationScoped
public class DefaultMaterialSearch implements MaterialSearch {

    @Inject
    MaterialIndex index;

    @Override
    public SearchResults search(SearchQuery query) {
        return index.search(query);
    }
}
