/**
 * Everything Elasticsearch-specific: the client, the index layout (numbered index behind an alias),
 * the settings and mappings, query building. Implements the application's {@link
 * org.alliancehub.search.application.IndexWorkspace}, {@code IndexWrites}, {@code IndexSearches} and
 * {@code SearchEngineHealth} (one class, {@code ElasticsearchMaterialIndex}); no Elasticsearch type leaves this package.
 */
package org.alliancehub.search.infrastructure.elasticsearch;
