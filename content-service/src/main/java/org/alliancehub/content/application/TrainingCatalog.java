package org.alliancehub.content.application;

import org.alliancehub.domain.model.activity.TrainingProgram;

/** Training programs. */
public interface TrainingCatalog extends ActivityCatalog<TrainingProgram, TrainingProgram.Details> {

    /** Published trainings by title; optionally of one alliance or in one language. */
    Page<TrainingProgram> published(String allianceId, String language, PageRequest page);
}
