package org.alliancehub.search.application;

import java.util.List;
import java.util.Optional;

/**
 * The index's administration and its feed cursor (as Hibernate Search's {@code IndexWorkspace}):
 * which concrete index is live behind the alias, making and swapping indexes, and the cursor each
 * concrete index keeps beside it, so a new index can fill while the live one serves.
 */
public interface IndexWorkspace {

    /** The concrete index the alias points at, if there is one. */
    Optional<String> liveIndex();

    /** Whether the index was made with the mapping this code ships (otherwise it must be rebuilt). */
    boolean hasCurrentMapping(String index);

    boolean exists(String index);

    /** Creates a new, empty index with the current mapping and returns its name. */
    String createIndex();

    /** Points the alias at {@code index} in one atomic step, then deletes every other material index. */
    void makeLive(String index);

    /** The feed sequence number up to which {@code index} is complete (0 for a new index). */
    long cursor(String index);

    /** The refused changes recorded with {@code index}'s cursor, oldest first. */
    List<RefusedChange> refused(String index);

    /** Stores the cursor and the refused changes together, beside the index. */
    void saveCursor(String index, long seq, List<RefusedChange> refused);
}
