package org.alliancehub.search.application;

import java.time.Instant;

/**
 * A change of the feed that could not be indexed for a reason retrying cannot cure: Elasticsearch
 * refused the document (a date it cannot hold, a value its mapping rejects) or the feed entry could
 * not be read. It is recorded for staff and the health check, and the indexer moves on, so one bad
 * document never holds back everyone else's. {@code kind} and {@code id} are the feed's.
 */
public record RefusedChange(long seq, String kind, String id, String reason, Instant at) {

    /** Reasons are kept short: they are shown, not parsed. */
    public static final int MAX_REASON = 500;

    public RefusedChange {
        if (reason != null && reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON) + "…";
        }
    }

    /** The document the change was about, whatever its sequence number. */
    public String subject() {
        return kind + ":" + id;
    }
}
