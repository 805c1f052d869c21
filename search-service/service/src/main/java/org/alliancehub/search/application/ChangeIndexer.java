package org.alliancehub.search.application;

/** Brings the index up to date with the content change feed. */
public interface ChangeIndexer {

    /** What the indexer has done so far, for health and operators. */
    record Status(long cursor, long feedHead, String lastError) {
    }

    /** Reads and applies what the feed has after the cursor; returns how many changes were applied. */
    int catchUp();

    Status status();
}
