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

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Alliance> find(String id) {
        return Optional.ofNullable(em.find(Alliance.class, id));
    }

    @Override
    public List<Alliance> list(int offset, int limit) {
        return em.createQuery("SELECT a FROM Alliance a ORDER BY a.name, a.id", Alliance.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Alliance a", Long.class).getSingleResult();
    }

    @Override
    public void store(Alliance alliance) {
        if (em.contains(alliance)) {
            return;
        }
        em.persist(alliance);
    }
}
