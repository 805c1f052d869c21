package org.alliancehub.search.application;

import java.util.Optional;

/**
 * Where the {@link IndexerLease} is kept, shared by every instance, changed only by compare and
 * set: a write names the revision it read, and fails when another instance wrote in between.
 */
public interface IndexerLeases {

    /** The store's revision of the lease, as the engine numbers its writes. */
    record Revision(long sequence, long term) {
    }

    record Stored(IndexerLease lease, Revision revision) {
    }

    Optional<Stored> read();

    /**
     * Writes {@code lease} if the stored one is still at {@code expected} (or, with none, if there is
     * no lease yet) and returns the new revision; empty when another instance got there first.
     * {@link IndexUnavailable} when the store does not answer.
     */
    Optional<Revision> write(Optional<Revision> expected, IndexerLease lease);
}
