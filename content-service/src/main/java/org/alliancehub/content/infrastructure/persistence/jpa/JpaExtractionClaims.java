package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ExtractionClaims;
import org.alliancehub.content.application.ExtractionQueue;
import org.alliancehub.content.infrastructure.cluster.InstanceName;

/**
 * Claims as rows, taken in one statement: inserted, or moved to this instance only when the one
 * there has lapsed or is this instance's own (taken back after a restart); PostgreSQL's row lock
 * makes two instances claiming at once see each other.
 */
@ApplicationScoped
public class JpaExtractionClaims implements ExtractionClaims {

    static final String CLAIM = """
            INSERT INTO extraction_claim (material_id, language, sha256, instance, claimed_until)
            VALUES (?1, ?2, ?3, ?4, now() + make_interval(secs => ?5))
            ON CONFLICT (material_id, language, sha256) DO UPDATE
            SET instance = EXCLUDED.instance, claimed_until = EXCLUDED.claimed_until
            WHERE extraction_claim.claimed_until < now() OR extraction_claim.instance = EXCLUDED.instance""";

    static final String RELEASE = """
            DELETE FROM extraction_claim WHERE material_id = ?1 AND language = ?2 AND sha256 = ?3 AND instance = ?4""";

    static final String FORGET = "DELETE FROM extraction_claim WHERE claimed_until < now() - make_interval(secs => ?1)";

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Inject
    InstanceName instance;

    @Override
    @Transactional
    public boolean claim(ExtractionQueue.Job job, Duration term) {
        return em.createNativeQuery(CLAIM)
                .setParameter(1, job.materialId())
                .setParameter(2, job.language())
                .setParameter(3, job.sha256())
                .setParameter(4, instance.name())
                .setParameter(5, term.toMillis() / 1000.0)
                .executeUpdate() == 1;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean release(ExtractionQueue.Job job) {
        return em.createNativeQuery(RELEASE)
                .setParameter(1, job.materialId())
                .setParameter(2, job.language())
                .setParameter(3, job.sha256())
                .setParameter(4, instance.name())
                .executeUpdate() == 1;
    }

    @Override
    @Transactional
    public int forgetLapsed(Duration olderThan) {
        return em.createNativeQuery(FORGET).setParameter(1, olderThan.toMillis() / 1000.0).executeUpdate();
    }
}
