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
    public List<Material> list(Set<MaterialState> states, Filter filter, int offset, int limit) {
        return bind(em.createQuery("SELECT m" + where(filter) + " ORDER BY m.updatedAt DESC, m.id", Material.class), states, filter)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count(Set<MaterialState> states, Filter filter) {
        return bind(em.createQuery("SELECT COUNT(m)" + where(filter), Long.class), states, filter).getSingleResult();
    }

    @Override
    public List<Material> holdingFile(String sha256) {
        return em.createQuery("SELECT DISTINCT m FROM Material m JOIN m.versions v WHERE v.file.sha256 = :sha256", Material.class)
                .setParameter("sha256", sha256)
                .getResultList();
    }

    @Override
    public Set<String> referencedFileHashes() {
        return Set.copyOf(em.createQuery("SELECT DISTINCT v.file.sha256 FROM LanguageVersion v WHERE v.file.sha256 IS NOT NULL", String.class)
                .getResultList());
    }

    @Override
    public List<Material> withExtractionPending() {
        return em.createQuery("SELECT DISTINCT m FROM Material m JOIN m.versions v WHERE v.extraction.status = :pending", Material.class)
                .setParameter("pending", org.alliancehub.domain.model.material.Extraction.Status.PENDING)
                .getResultList();
    }

    /** Only the given criteria, as bound parameters: no user text is ever part of the query. */
    private static String where(Filter f) {
        StringBuilder jpql = new StringBuilder(" FROM Material m WHERE m.state IN :states");
        if (f.allianceId() != null) {
            jpql.append(" AND m.alliance.id = :alliance");
        }
        if (f.type() != null) {
            jpql.append(" AND m.type = :type");
        }
        if (f.topic() != null) {
            jpql.append(" AND :topic MEMBER OF m.topics");
        }
        if (f.language() != null) {
            jpql.append(" AND EXISTS (SELECT v FROM LanguageVersion v WHERE v.material = m AND v.language = :language)");
        }
        if (f.programCode() != null) {
            jpql.append(" AND EXISTS (SELECT p FROM Material m2 JOIN m2.emphasisPrograms p WHERE m2 = m AND p.code = :program)");
        }
        if (f.participantIds() != null) {
            jpql.append(" AND EXISTS (SELECT o FROM Alliance a JOIN a.participants o WHERE a = m.alliance AND o.id IN :participants)");
        }
        return jpql.toString();
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> query, Set<MaterialState> states, Filter f) {
        query.setParameter("states", states);
        if (f.allianceId() != null) {
            query.setParameter("alliance", f.allianceId());
        }
        if (f.type() != null) {
            query.setParameter("type", f.type());
        }
        if (f.topic() != null) {
            query.setParameter("topic", f.topic());
        }
        if (f.language() != null) {
            query.setParameter("language", org.alliancehub.domain.model.language.LanguageCode.of(f.language()));
        }
        if (f.participantIds() != null) {
            // an empty IN list is not valid SQL: no organization matches no alliance
            query.setParameter("participants", f.participantIds().isEmpty() ? Set.of("") : f.participantIds());
        }
        if (f.programCode() != null) {
            query.setParameter("program", f.programCode().strip().toUpperCase(java.util.Locale.ROOT));
        }
        return query;
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
    public void remove(Material material) {
        em.remove(material);
        em.flush();
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
