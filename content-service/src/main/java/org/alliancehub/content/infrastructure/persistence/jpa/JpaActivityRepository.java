package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.domain.model.activity.TrainingProgram;

@ApplicationScoped
public class JpaActivityRepository implements ActivityRepository {

    private static final String TRAININGS = " FROM TrainingProgram t WHERE t.publication.state = :state"
            + " AND (:alliance IS NULL OR t.alliance.id = :alliance)"
            + " AND (:language IS NULL OR :language MEMBER OF t.languages)";
    private static final String SEMINARS = " FROM Seminar s WHERE s.publication.state = :state AND s.endsAt > :after"
            + " AND (:alliance IS NULL OR s.alliance.id = :alliance)"
            + " AND (:language IS NULL OR :language MEMBER OF s.languages)";

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<TrainingProgram> findTraining(String id) {
        return Optional.ofNullable(em.find(TrainingProgram.class, id));
    }

    @Override
    public List<TrainingProgram> publishedTrainings(String allianceId, String language, int offset, int limit) {
        return trainings(em.createQuery("SELECT t" + TRAININGS + " ORDER BY t.title, t.id", TrainingProgram.class), allianceId, language)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublishedTrainings(String allianceId, String language) {
        return trainings(em.createQuery("SELECT COUNT(t)" + TRAININGS, Long.class), allianceId, language).getSingleResult();
    }

    private static <T> TypedQuery<T> trainings(TypedQuery<T> query, String allianceId, String language) {
        return query.setParameter("state", PublicationState.PUBLISHED).setParameter("alliance", allianceId)
                .setParameter("language", language);
    }

    @Override
    public void remove(TrainingProgram training) {
        em.remove(training);
        em.flush();
    }

    @Override
    public void store(TrainingProgram training) {
        if (!em.contains(training)) {
            em.persist(training);
        }
        em.flush();
    }

    @Override
    public Optional<Seminar> findSeminar(String id) {
        return Optional.ofNullable(em.find(Seminar.class, id));
    }

    @Override
    public List<Seminar> publishedSeminars(String allianceId, String language, OffsetDateTime after, int offset, int limit) {
        return seminars(em.createQuery("SELECT s" + SEMINARS + " ORDER BY s.startsAt, s.id", Seminar.class), allianceId, language, after)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countPublishedSeminars(String allianceId, String language, OffsetDateTime after) {
        return seminars(em.createQuery("SELECT COUNT(s)" + SEMINARS, Long.class), allianceId, language, after).getSingleResult();
    }

    private static <T> TypedQuery<T> seminars(TypedQuery<T> query, String allianceId, String language, OffsetDateTime after) {
        return query.setParameter("state", PublicationState.PUBLISHED).setParameter("alliance", allianceId)
                .setParameter("language", language).setParameter("after", after);
    }

    @Override
    public void remove(Seminar seminar) {
        em.remove(seminar);
        em.flush();
    }

    @Override
    public void store(Seminar seminar) {
        if (!em.contains(seminar)) {
            em.persist(seminar);
        }
        em.flush();
    }
}
