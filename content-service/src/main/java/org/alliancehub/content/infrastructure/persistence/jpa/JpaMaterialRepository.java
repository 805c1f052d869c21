package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.material.Material;
import org.alliancehub.domain.model.material.MaterialRepository;
import org.alliancehub.domain.model.material.MaterialState;

@ApplicationScoped
public class JpaMaterialRepository implements MaterialRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Material> find(String id) {
        return Optional.ofNullable(em.find(Material.class, id));
    }

    @Override
    public List<Material> list(Set<MaterialState> states, int offset, int limit) {
        return em.createQuery("SELECT m FROM Material m WHERE m.state IN :states ORDER BY m.updatedAt DESC, m.id",
                        Material.class)
                .setParameter("states", states)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<Material> ofAlliance(String allianceId, Set<MaterialState> states) {
        return em.createQuery("SELECT m FROM Material m WHERE m.alliance.id = :alliance AND m.state IN :states ORDER BY m.id",
                        Material.class)
                .setParameter("alliance", allianceId)
                .setParameter("states", states)
                .getResultList();
    }

    @Override
    public long count(Set<MaterialState> states) {
        return em.createQuery("SELECT COUNT(m) FROM Material m WHERE m.state IN :states", Long.class)
                .setParameter("states", states)
                .getSingleResult();
    }

    @Override
    public void store(Material material) {
        if (em.contains(material)) {
            // flush now, so that a stale version fails here (as 409) and not at commit
            em.flush();
            return;
        }
        em.persist(material);
        em.flush();
    }
}
