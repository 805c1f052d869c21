package org.alliancehub.search.infrastructure.elasticsearch;

import java.util.List;

import org.alliancehub.search.application.RefusedChange;

/** Where the indexer stands in the change feed, stored in Elasticsearch beside the index it describes. */
public class IndexerCursorDocument {

    public long cursor;
    public String index;
    /** Changes refused for good while filling {@code index}, kept beside its cursor (see RefusedChange). */
    public List<RefusedChange> refused;
}
