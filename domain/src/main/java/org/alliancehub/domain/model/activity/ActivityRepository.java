package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Trainings and events. */
public interface ActivityRepository {

    /** A training ({@code TrainingProgram.class}) or an event ({@code Event.class}) by its id. */
    <A extends Activity<?>> Optional<A> find(Class<A> kind, String id);

    /** Stores a new training or event, or writes a changed one now. */
    void store(Activity<?> activity);

    void remove(Activity<?> activity);

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

    /** Events in a state ending after {@code after}, soonest first; the other criteria as for trainings. */
    List<Event> events(PublicationState state, String allianceId, String language, OffsetDateTime after,
                           java.util.Set<String> participantIds, int offset, int limit);

    long countEvents(PublicationState state, String allianceId, String language, OffsetDateTime after, java.util.Set<String> participantIds);

    /** Published events ending after {@code after}, soonest first; optionally of one alliance or in one language. */
    default List<Event> publishedEvents(String allianceId, String language, OffsetDateTime after, int offset, int limit) {
        return events(PublicationState.PUBLISHED, allianceId, language, after, null, offset, limit);
    }

    default long countPublishedEvents(String allianceId, String language, OffsetDateTime after) {
        return countEvents(PublicationState.PUBLISHED, allianceId, language, after, null);
    }

    /** Published trainings that support the emphasis program. */
    List<TrainingProgram> publishedTrainingsSupporting(String programCode);

    /** Published seminars, past ones too, that support the emphasis program. */
    List<Event> publishedEventsSupporting(String programCode);
}
