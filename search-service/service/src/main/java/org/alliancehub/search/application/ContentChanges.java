package org.alliancehub.search.application;

import java.util.List;

/** The content service's change feed, read in order. */
public interface ContentChanges {

    /**
     * Changes after {@code seq}: materials and activities (other kinds are not searched).
     * {@code read} counts every feed entry of the page, searched or not; {@code next} is the
     * cursor to continue from. {@code unreadable} are entries whose data could not be read (a
     * malformed date): they are reported and skipped, not retried for ever.
     */
    record Batch(List<MaterialChange> changes, List<ActivityChange> activities, List<RefusedChange> unreadable,
                 int read, long next, long head) {

        public boolean isEmpty() {
            return changes.isEmpty() && activities.isEmpty();
        }
    }

    Batch after(long seq, int limit);
}
