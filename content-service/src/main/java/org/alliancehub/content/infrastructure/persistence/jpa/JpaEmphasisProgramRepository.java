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

    private static final References REFERENCES = new References()
            .count("materials", "SELECT COUNT(m) FROM Material m JOIN m.emphasisPrograms p WHERE p.code = :id")
            .count("trainings", "SELECT COUNT(t) FROM TrainingProgram t JOIN t.emphasisPrograms p WHERE p.code = :id")
            .count("events", "SELECT COUNT(s) FROM Event s JOIN s.emphasisPrograms p WHERE p.code = :id");

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
    public Optional<String> referencedBy(String code) {
        return REFERENCES.of(em, code);
    }

    @Override
    public void remove(EmphasisProgram program) {
        em.remove(program);
        em.flush();
    }

    @Override
    public void store(EmphasisProgram program) {
        if (!em.contains(program)) {
            em.persist(program);
        }
        em.flush();
    }
}
