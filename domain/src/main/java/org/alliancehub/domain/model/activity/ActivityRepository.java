package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Trainings and events. */
public interface ActivityRepository {

    Optional<TrainingProgram> findTraining(String id);

    /**
     * Trainings in a state, by title; optionally of one alliance, in one language, or (with
     * {@code participantIds}) of the alliances in which one of those organizations takes part.
     */
    List<TrainingProgram> trainings(PublicationState state, String allianceId, String language, java.util.Set<String> participantIds,
                                    int offset, int limit);

    long countTrainings(PublicationState state, String allianceId, String language, java.util.Set<String> participantIds);

    /** Published trainings, by title; optionally of one alliance or in one language. */
    default List<TrainingProgram> publishedTrainings(String allianceId, String language, int offset, int limit) {
        return trainings(PublicationState.PUBLISHED, allianceId, language, null, offset, limit);
    }

    default long countPublishedTrainings(String allianceId, String language) {
        return countTrainings(PublicationState.PUBLISHED, allianceId, language, null);
    }

    void store(TrainingProgram training);

    void remove(TrainingProgram training);

    Optional<Seminar> findSeminar(String id);

    /** Events in a state ending after {@code after}, soonest first; the other criteria as for trainings. */
    List<Seminar> seminars(PublicationState state, String allianceId, String language, OffsetDateTime after,
                           java.util.Set<String> participantIds, int offset, int limit);

    long countSeminars(PublicationState state, String allianceId, String language, OffsetDateTime after, java.util.Set<String> participantIds);

    /** Published events ending after {@code after}, soonest first; optionally of one alliance or in one language. */
    default List<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, int offset, int limit) {
        return seminars(PublicationState.PUBLISHED, allianceId, language, after, null, offset, limit);
    }

    default long countPublishedSeminars(String allianceId, String language, OffsetDateTime after) {
        return countSeminars(PublicationState.PUBLISHED, allianceId, language, after, null);
    }

    void store(Seminar seminar);

    void remove(Seminar seminar);

    /** Published trainings that support the emphasis program. */
    List<TrainingProgram> publishedTrainingsSupporting(String programCode);

    /** Published seminars, past ones too, that support the emphasis program. */
    List<Seminar> publishedSeminarsSupporting(String programCode);
}
