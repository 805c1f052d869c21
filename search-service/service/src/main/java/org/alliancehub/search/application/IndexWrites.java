package org.alliancehub.search.application;

import java.util.List;

/**
 * Writes to one concrete index (as Hibernate Search's {@code IndexIndexingPlan}): material
 * versions and trainings and events share the index, a {@code kind} per document. Writes name the
 * concrete index, not the alias, so a rebuild fills a new index while the live one serves.
 */
public interface IndexWrites {

    /**
     * Applies changes in order to {@code index}: each material change replaces all of a
     * material's versions or removes them; each activity change replaces or removes one activity.
     * Returns the changes whose documents the engine refused for good (an invalid document); a
     * failure worth retrying (engine down, overloaded, a server error) is {@link IndexUnavailable},
     * and then nothing is known to be applied.
     */
    List<RefusedChange> apply(String index, List<MaterialChange> changes, List<ActivityChange> activities);
}
