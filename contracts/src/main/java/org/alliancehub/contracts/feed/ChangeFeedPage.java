package org.alliancehub.contracts.feed;

import java.util.List;

/**
 * One page of the feed: entries in commit order after the asked position, {@code next} the position
 * to ask from next, {@code head} the newest position there is.
 */
public record ChangeFeedPage(List<ChangeEntry> changes, long next, long head) {
}
