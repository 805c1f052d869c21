package org.alliancehub.search.infrastructure.elasticsearch;

/** Where the indexer stands in the change feed, stored in Elasticsearch beside the index it describes. */
public class IndexerCursorDocument {

    public long cursor;
    public String index;
}
