package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Trainings and events. */
public interface ActivityRepository {

    Optional<TrainingProgram> findTraining(String id);

    /** Published trainings, by title; optionally of one alliance or in one language. */
    List<TrainingProgram> publishedTrainings(String allianceId, String language, int offset, int limit);

    long countPublishedTrainings(String allianceId, String language);

    void store(TrainingProgram training);

    void remove(TrainingProgram training);

    Optional<Seminar> findSeminar(String id);

    /** Published events ending after {@code after}, soonest first; optionally of one alliance or in one language. */
    List<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, int offset, int limit);

    long countPublishedSeminars(String allianceId, String language, OffsetDateTime after);

    void store(Seminar seminar);

    void remove(Seminar seminar);
}
