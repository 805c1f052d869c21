package org.alliancehub.content.application;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outbox of public changes: appended in the same transaction as the change, read in commit
 * order by the search service. Sequence numbers only grow, and a reader that saw sequence N never
 * later finds a committed change below N.
 */
public interface ChangeFeed {

    /** What changed: {@code kind} names the aggregate ({@code material}), {@code data} its public JSON. */
    record Change(long seq, String kind, String id, Action action, OffsetDateTime at, String data) {
    }

    enum Action {
        UPSERT, DELETE
    }

    void append(String kind, String id, Action action, String data);

    List<Change> after(long seq, int limit);

    /** The highest sequence number committed so far (0 when empty). */
    long head();
}
