package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.alliancehub.domain.model.outreach.OutreachActivity;
import org.alliancehub.domain.model.outreach.OutreachActivityRepository;
import org.alliancehub.domain.model.outreach.OutreachKind;

@ApplicationScoped
public class JpaOutreachActivityRepository implements OutreachActivityRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<OutreachActivity> find(String id) {
        return Optional.ofNullable(em.find(OutreachActivity.class, id));
    }

    @Override
    public void store(OutreachActivity activity) {
        if (!em.contains(activity)) {
            em.persist(activity);
        }
        // written now, so that the answer carries the new version
        em.flush();
    }

    @Override
    public void remove(OutreachActivity activity) {
        em.remove(activity);
        em.flush();
    }

    @Override
    public List<OutreachActivity> list(Filter filter, int offset, int limit) {
        return bind(em.createQuery("SELECT o" + where(filter) + " ORDER BY o.date DESC, o.createdAt DESC, o.id", OutreachActivity.class),
                filter).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return bind(em.createQuery("SELECT COUNT(o)" + where(filter), Long.class), filter).getSingleResult();
    }

    @Override
    public List<KindTotal> totalsByKind(Filter filter) {
        return bind(em.createQuery("SELECT o.kind, COUNT(o), SUM(o.peopleReached)" + where(filter) + " GROUP BY o.kind", Object[].class),
                filter).getResultList().stream()
                .map(row -> new KindTotal((OutreachKind) row[0], ((Number) row[1]).longValue(), row[2] == null ? 0 : ((Number) row[2]).longValue()))
                .toList();
    }

    /**
     * Only the criteria given are in the query: a null date bound to "IS NULL" has no type PostgreSQL
     * can infer, and an empty IN list is not valid SQL.
     */
    private static String where(Filter f) {
        StringBuilder jpql = new StringBuilder(" FROM OutreachActivity o WHERE 1 = 1");
        if (f.allianceId() != null) {
            jpql.append(" AND o.alliance.id = :alliance");
        }
        if (f.kind() != null) {
            jpql.append(" AND o.kind = :kind");
        }
        if (f.from() != null) {
            jpql.append(" AND o.date >= :from");
        }
        if (f.to() != null) {
            jpql.append(" AND o.date <= :to");
        }
        if (f.participantIds() != null) {
            jpql.append(" AND EXISTS (SELECT p FROM Alliance a JOIN a.participants p WHERE a = o.alliance AND p.id IN :participants)");
        }
        return jpql.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Filter f) {
        if (f.allianceId() != null) {
            query.setParameter("alliance", f.allianceId());
        }
        if (f.kind() != null) {
            query.setParameter("kind", f.kind());
        }
        if (f.from() != null) {
            query.setParameter("from", f.from());
        }
        if (f.to() != null) {
            query.setParameter("to", f.to());
        }
        if (f.participantIds() != null) {
            // a partner of no organization takes part in no alliance
            query.setParameter("participants", f.participantIds().isEmpty() ? List.of("") : f.participantIds());
        }
        return query;
    }
}
