package org.alliancehub.search.infrastructure.elasticsearch;

import java.time.Instant;

import org.alliancehub.search.application.IndexerLease;

/** The {@link IndexerLease}, stored beside the indexer's cursors. */
public class IndexerLeaseDocument {

    public String holder;
    public Instant expires;
    public String rebuilding;
    public boolean rebuildRequested;

    static IndexerLeaseDocument of(IndexerLease lease) {
        IndexerLeaseDocument doc = new IndexerLeaseDocument();
        doc.holder = lease.holder();
        doc.expires = lease.expires();
        doc.rebuilding = lease.rebuilding();
        doc.rebuildRequested = lease.rebuildRequested();
        return doc;
    }

    IndexerLease lease() {
        return new IndexerLease(holder, expires, rebuilding, rebuildRequested);
    }
}
