/**
 * Use cases of the search service, in domain terms (material, language, facet): searching, and
 * following the content change feed into the index. Ports ({@link
 * org.alliancehub.search.application.MaterialIndex}, {@link org.alliancehub.search.application.ContentChanges})
 * are implemented in {@code infrastructure}; no Elasticsearch type appears here.
 */
package org.alliancehub.search.application;
