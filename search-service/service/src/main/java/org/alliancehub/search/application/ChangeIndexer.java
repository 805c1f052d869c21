package org.alliancehub.search.application;

import java.time.Instant;
import java.util.List;

/**
 * Brings the index up to date with the content change feed, and rebuilds it without downtime:
 * the new index fills from the start of the feed while the live one keeps following it, and the
 * alias moves once the new one has caught up.
 */
public interface ChangeIndexer {

    /**
     * What the indexer has done so far, for health and operators. {@code instance} is this
     * instance's name and {@code indexingInstance} the one that holds the {@link IndexerLease} and
     * follows the feed (the others report the cursor it stored; {@code feedHead} is as this instance
     * last read it). {@code rebuilding} is the index being filled (null when none) and {@code
     * rebuildCursor} how far it is; {@code rebuildRequested} a rebuild asked of another instance and
     * not started yet. {@code refused} are the live index's most recent refused changes (skipped;
     * see {@link RefusedChange}), oldest first. {@code leaseCheckedAt} is when this instance last
     * read the lease.
     */
    record Status(String instance, String indexingInstance, String liveIndex, long cursor, long feedHead, String rebuilding,
                  boolean rebuildRequested, long rebuildCursor, String lastError, List<RefusedChange> refused,
                  Instant leaseCheckedAt) {
    }

    /** Reads and applies what the feed has after the cursor; returns how many changes were applied. */
    int catchUp();

    /**
     * Starts filling a new index from the feed (no-op when one is already being filled), or asks the
     * instance that follows the feed to; {@link IndexUnavailable} when the indexer is busy with an
     * engine that does not answer.
     */
    Status rebuild();

    Status status();
}
