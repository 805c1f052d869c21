package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.program.EmphasisProgram;
import org.alliancehub.domain.model.program.EmphasisProgramRepository;

@ApplicationScoped
public class JpaEmphasisProgramRepository implements EmphasisProgramRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<EmphasisProgram> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(EmphasisProgram.class, code.strip().toUpperCase(java.util.Locale.ROOT)));
    }

    @Override
    public List<EmphasisProgram> list(int offset, int limit) {
        return em.createQuery("SELECT p FROM EmphasisProgram p ORDER BY p.agency, p.code", EmphasisProgram.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(p) FROM EmphasisProgram p", Long.class).getSingleResult();
    }

    @Override
    public void store(EmphasisProgram program) {
        if (!em.contains(program)) {
            em.persist(program);
        }
        em.flush();
    }
}
