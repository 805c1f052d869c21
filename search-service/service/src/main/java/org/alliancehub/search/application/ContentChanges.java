package org.alliancehub.search.application;

import java.util.List;

/** The content service's change feed, read in order. */
public interface ContentChanges {

    /** Changes after {@code seq}; {@code next} is the cursor to continue from. */
    record Batch(List<MaterialChange> changes, long next, long head) {
    }

    Batch after(long seq, int limit);
}
