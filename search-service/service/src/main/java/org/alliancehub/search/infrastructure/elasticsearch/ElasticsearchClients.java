package org.alliancehub.search.infrastructure.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * The same connection pool with three patiences: {@code reads} for searches (seconds), {@code indexing}
 * for bulk requests, cursors and index management (a minute), {@code health} for readiness (under 2 s).
 */
public record ElasticsearchClients(ElasticsearchClient reads, ElasticsearchClient indexing, ElasticsearchClient health) {
}
