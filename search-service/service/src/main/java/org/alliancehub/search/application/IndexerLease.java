package org.alliancehub.search.application;

import java.time.Instant;

/**
 * Which search-service instance follows the change feed, until when, and the indexer's shared
 * state: the index a rebuild is filling, and whether another instance asked for a rebuild. Every
 * instance serves searches; only the holder writes to the index, so two instances never apply the
 * same changes or move the cursor past each other, and a rebuild asked for anywhere starts once.
 */
public record IndexerLease(String holder, Instant expires, String rebuilding, boolean rebuildRequested) {

    public boolean heldBy(String instance) {
        return holder.equals(instance);
    }

    /** Whether the holder has stopped renewing it (it died, or lost the engine) by {@code now}. */
    public boolean lapsedAt(Instant now) {
        return !now.isBefore(expires);
    }

    public IndexerLease renewed(String instance, Instant until) {
        return new IndexerLease(instance, until, rebuilding, rebuildRequested);
    }

    /** The rebuild under way (null when none); an earlier request is answered by it. */
    public IndexerLease rebuilding(String index) {
        return new IndexerLease(holder, expires, index, false);
    }

    public IndexerLease withRebuildRequested() {
        return new IndexerLease(holder, expires, rebuilding, true);
    }
}
