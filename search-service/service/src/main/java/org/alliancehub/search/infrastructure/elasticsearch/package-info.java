/**
 * Everything Elasticsearch-specific: the client, the index layout (numbered index behind an alias),
 * the settings and mappings, query building. Implements the application's {@link
 * org.alliancehub.search.application.MaterialIndex}; no Elasticsearch type leaves this package.
 */
package org.alliancehub.search.infrastructure.elasticsearch;
