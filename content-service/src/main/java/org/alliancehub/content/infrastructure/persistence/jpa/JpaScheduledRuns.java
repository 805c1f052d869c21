package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ScheduledRuns;
import org.alliancehub.content.infrastructure.cluster.InstanceName;

/**
 * One statement claims a run: the row's time moves only when the last start is old enough, and
 * PostgreSQL's row lock makes a second instance asking at the same moment see the new time and
 * update nothing. A tenth of the interval is forgiven, so schedules that drift apart never skip a run.
 */
@ApplicationScoped
public class JpaScheduledRuns implements ScheduledRuns {

    static final String CLAIM = """
            INSERT INTO scheduled_run (task, last_started_at, last_instance) VALUES (?1, now(), ?2)
            ON CONFLICT (task) DO UPDATE SET last_started_at = now(), last_instance = EXCLUDED.last_instance
            WHERE scheduled_run.last_started_at <= now() - make_interval(secs => ?3)""";

    @PersistenceContext(unitName = "content")
    EntityManager em;

    /** Recorded with each run, for operators: which instance ran it. */
    @Inject
    InstanceName instance;

    @Override
    @Transactional
    public boolean claim(String task, Duration interval) {
        double seconds = interval.toMillis() * 0.9 / 1000.0;
        return em.createNativeQuery(CLAIM)
                .setParameter(1, task)
                .setParameter(2, instance.name())
                .setParameter(3, seconds)
                .executeUpdate() == 1;
    }
}
