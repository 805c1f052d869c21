package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;

@ApplicationScoped
public class JpaAllianceRepository implements AllianceRepository {

    private static final References REFERENCES = new References()
            .count("materials", "SELECT COUNT(m) FROM Material m WHERE m.alliance.id = :id")
            .count("trainings", "SELECT COUNT(t) FROM TrainingProgram t WHERE t.alliance.id = :id")
            .count("events", "SELECT COUNT(s) FROM Event s WHERE s.alliance.id = :id")
            .count("outreach activity", "outreach activities", "SELECT COUNT(o) FROM OutreachActivity o WHERE o.alliance.id = :id");

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Alliance> find(String id) {
        return Optional.ofNullable(em.find(Alliance.class, id));
    }

    @Override
    public List<Alliance> list(Filter filter, int offset, int limit) {
        return bind(em.createQuery("SELECT a" + where(filter) + " ORDER BY a.name, a.id", Alliance.class), filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(Filter filter) {
        return bind(em.createQuery("SELECT COUNT(a)" + where(filter), Long.class), filter).getSingleResult();
    }

    private static String where(Filter f) {
        StringBuilder jpql = new StringBuilder(" FROM Alliance a WHERE 1 = 1");
        if (f.agency() != null) {
            jpql.append(" AND a.agency = :agency");
        }
        if (f.level() != null) {
            jpql.append(" AND a.level = :level");
        }
        if (f.status() != null) {
            jpql.append(" AND a.status = :status");
        }
        if (f.organizationId() != null) {
            jpql.append(" AND EXISTS (SELECT o FROM Alliance a2 JOIN a2.participants o WHERE a2 = a AND o.id = :organization)");
        }
        return jpql.toString();
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, Filter f) {
        if (f.agency() != null) {
            query.setParameter("agency", f.agency());
        }
        if (f.level() != null) {
            query.setParameter("level", f.level());
        }
        if (f.status() != null) {
            query.setParameter("status", f.status());
        }
        if (f.organizationId() != null) {
            query.setParameter("organization", f.organizationId());
        }
        return query;
    }

    @Override
    public Optional<String> referencedBy(String id) {
        return REFERENCES.of(em, id);
    }

    @Override
    public void remove(Alliance alliance) {
        em.remove(alliance);
        em.flush();
    }

    @Override
    public void store(Alliance alliance) {
        if (em.contains(alliance)) {
            return;
        }
        em.persist(alliance);
    }
}
