package org.alliancehub.web.interfaces.feed;

import java.time.Instant;
import java.util.List;

/**
 * One material in a feed, in the version it is shown in: plain text throughout (the feed writer
 * escapes it). {@code updated} is its last public change, {@code published} when it was first
 * published.
 */
public record FeedItem(String materialId, String language, String title, String summary, String allianceName,
                       List<String> topics, Instant published, Instant updated) {

    public FeedItem {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
