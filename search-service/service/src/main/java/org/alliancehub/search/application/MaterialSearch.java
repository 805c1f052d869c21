package org.alliancehub.search.application;

public interface MaterialSearch {

    SearchResults search(SearchQuery query);
}
