package org.alliancehub.content.infrastructure.persistence.jpa;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ChangeFeed;

/**
 * The outbox in PostgreSQL. Appends take a transaction-scoped advisory lock before they draw a
 * sequence number, so numbers are drawn in commit order: no reader can see N+1 committed while N is
 * still in flight and would later appear behind its cursor. Each append removes the item's earlier
 * entries (compaction): the feed holds one entry per item, its latest, so there are gaps in the
 * sequence and a reader that starts from 0 still ends with the same documents.
 */
@ApplicationScoped
public class JpaChangeFeed implements ChangeFeed {

    /** An arbitrary constant naming the advisory lock of the change feed. */
    private static final long FEED_LOCK = 0x616c6c69616e6365L;

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void append(String kind, String id, Action action, String data) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + FEED_LOCK + ")").getSingleResult();
        ChangeRecord record = new ChangeRecord(kind, id, action.name().toLowerCase(), OffsetDateTime.now(ZoneOffset.UTC), data);
        em.persist(record);
        em.flush();
        // superseded: a reader needs only an item's newest entry, and a withdrawn item's old data must not be served
        em.createQuery("DELETE FROM ChangeRecord c WHERE c.kind = :kind AND c.entityId = :id AND c.seq < :seq")
                .setParameter("kind", kind).setParameter("id", id).setParameter("seq", record.seq())
                .executeUpdate();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Change> after(long seq, int limit) {
        return em.createQuery("SELECT c FROM ChangeRecord c WHERE c.seq > :after ORDER BY c.seq", ChangeRecord.class)
                .setParameter("after", seq)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(c -> new Change(c.seq(), c.kind(), c.entityId(), Action.valueOf(c.action().toUpperCase()),
                        c.recordedAt(), c.data()))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long head() {
        Long max = em.createQuery("SELECT MAX(c.seq) FROM ChangeRecord c", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }
}
