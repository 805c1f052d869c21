/**
 * Use cases of the search service, in domain terms (material, language, facet): searching, and
 * following the content change feed into the index. Ports ({@link
 * org.alliancehub.search.application.IndexWorkspace}, {@link
 * org.alliancehub.search.application.IndexWrites}, {@link org.alliancehub.search.application.IndexSearches}, {@link
 * org.alliancehub.search.application.SearchEngineHealth}, {@link org.alliancehub.search.application.ContentChanges})
 * are implemented in {@code infrastructure}; no Elasticsearch type appears here.
 */
package org.alliancehub.search.application;
