package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.alliancehub.domain.model.activity.Activity;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    // the language filter is a subquery: MEMBER OF inside an OR became a join, listing an activity once per language
    private static final String TRAININGS = " FROM TrainingProgram t WHERE t.publication.state = :state"
            + " AND (:alliance IS NULL OR t.alliance.id = :alliance)"
            + " AND (:language IS NULL OR EXISTS (SELECT l FROM TrainingProgram t2 JOIN t2.languages l WHERE t2 = t AND l = :language))";
    private static final String EVENTS = " FROM Event s WHERE s.publication.state = :state AND s.endsAt > :after"
            + " AND (:alliance IS NULL OR s.alliance.id = :alliance)"
            + " AND (:language IS NULL OR EXISTS (SELECT l FROM Event s2 JOIN s2.languages l WHERE s2 = s AND l = :language))";

    /** The alliances of some organizations; only added with participants, so that no null list is bound. */
    private static String ofParticipants(String alias, Set<String> participantIds) {
        return participantIds == null ? ""
                : " AND EXISTS (SELECT o FROM Alliance a JOIN a.participants o WHERE a = " + alias + ".alliance AND o.id IN :participants)";
    }

    private static <T> TypedQuery<T> bindParticipants(TypedQuery<T> query, Set<String> participantIds) {
        // an empty IN list is not valid SQL: no organization matches no alliance
        return participantIds == null ? query : query.setParameter("participants", participantIds.isEmpty() ? Set.of("") : participantIds);
    }

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public <A extends Activity<?>> Optional<A> find(Class<A> kind, String id) {
        return Optional.ofNullable(em.find(kind, id));
    }

    @Override
    public void store(Activity<?> activity) {
        if (!em.contains(activity)) {
            em.persist(activity);
        }
        em.flush();
    }

    @Override
    public void remove(Activity<?> activity) {
        em.remove(activity);
        em.flush();
    }

    @Override
    public List<TrainingProgram> trainings(PublicationState state, String allianceId, String language, Set<String> participantIds,
                                           int offset, int limit) {
        String jpql = "SELECT t" + TRAININGS + ofParticipants("t", participantIds) + " ORDER BY t.title, t.id";
        return trainings(em.createQuery(jpql, TrainingProgram.class), state, allianceId, language, participantIds)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countTrainings(PublicationState state, String allianceId, String language, Set<String> participantIds) {
        String jpql = "SELECT COUNT(t)" + TRAININGS + ofParticipants("t", participantIds);
        return trainings(em.createQuery(jpql, Long.class), state, allianceId, language, participantIds).getSingleResult();
    }

    private static <T> TypedQuery<T> trainings(TypedQuery<T> query, PublicationState state, String allianceId, String language,
                                               Set<String> participantIds) {
        return bindParticipants(query.setParameter("state", state).setParameter("alliance", allianceId)
                .setParameter("language", language), participantIds);
    }

    @Override
    public List<Event> events(PublicationState state, String allianceId, String language, OffsetDateTime after,
                                  Set<String> participantIds, int offset, int limit) {
        String jpql = "SELECT s" + EVENTS + ofParticipants("s", participantIds) + " ORDER BY s.startsAt, s.id";
        return eventQuery(em.createQuery(jpql, Event.class), state, allianceId, language, after, participantIds)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countEvents(PublicationState state, String allianceId, String language, OffsetDateTime after, Set<String> participantIds) {
        String jpql = "SELECT COUNT(s)" + EVENTS + ofParticipants("s", participantIds);
        return eventQuery(em.createQuery(jpql, Long.class), state, allianceId, language, after, participantIds).getSingleResult();
    }

    private static <T> TypedQuery<T> eventQuery(TypedQuery<T> query, PublicationState state, String allianceId, String language,
                                              OffsetDateTime after, Set<String> participantIds) {
        return bindParticipants(query.setParameter("state", state).setParameter("alliance", allianceId)
                .setParameter("language", language).setParameter("after", after), participantIds);
    }

    @Override
    public List<TrainingProgram> publishedTrainingsSupporting(String programCode) {
        return em.createQuery("SELECT t FROM TrainingProgram t JOIN t.emphasisPrograms p"
                        + " WHERE p.code = :code AND t.publication.state = :state ORDER BY t.id", TrainingProgram.class)
                .setParameter("code", programCode).setParameter("state", PublicationState.PUBLISHED).getResultList();
    }

    @Override
    public List<Event> publishedEventsSupporting(String programCode) {
        return em.createQuery("SELECT s FROM Event s JOIN s.emphasisPrograms p"
                        + " WHERE p.code = :code AND s.publication.state = :state ORDER BY s.id", Event.class)
                .setParameter("code", programCode).setParameter("state", PublicationState.PUBLISHED).getResultList();
    }
}
