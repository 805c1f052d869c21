package org.alliancehub.search.application;

import java.util.List;

/** The search index of material versions, with the indexer's cursor kept beside it. */
public interface MaterialIndex {

    /** Creates the index and its alias if they do not exist yet. */
    void prepare();

    /** Applies changes in order: each replaces all of a material's versions, or removes them. */
    void apply(List<MaterialChange> changes);

    /** The feed sequence number up to which the index is complete (0 for a new index). */
    long cursor();

    void saveCursor(long seq);

    SearchResults search(SearchQuery query);

    /** Whether the engine answers now. */
    boolean isAvailable();

    /** The index could not be reached or refused the request. */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
