package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Account> find(String id) {
        // every authenticated request reads its account: one query with the organizations, not two
        return em.createQuery("SELECT DISTINCT a FROM Account a LEFT JOIN FETCH a.organizations WHERE a.id = :id", Account.class)
                .setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Account> findByUsername(String normalizedUsername) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", normalizedUsername)
                .getResultStream().findFirst();
    }

    @Override
    public List<Account> list(Filter filter, int offset, int limit) {
        return query(filter, "SELECT a FROM Account a", " ORDER BY a.username", Account.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(a) FROM Account a", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.usernameContains() != null) {
            conditions.add("a.username LIKE :username ESCAPE '\\'");
        }
        if (filter.role() != null) {
            conditions.add("a.role = :role");
        }
        if (filter.active() != null) {
            conditions.add("a.active = :active");
        }
        if (filter.organizationId() != null) {
            conditions.add("EXISTS (SELECT o FROM Account x JOIN x.organizations o WHERE x = a AND o.id = :organization)");
        }
        TypedQuery<T> query = em.createQuery(select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + order, type);
        if (filter.usernameContains() != null) {
            query.setParameter("username", LikePattern.containing(filter.usernameContains()));
        }
        if (filter.role() != null) {
            query.setParameter("role", filter.role());
        }
        if (filter.active() != null) {
            query.setParameter("active", filter.active());
        }
        if (filter.organizationId() != null) {
            query.setParameter("organization", filter.organizationId());
        }
        return query;
    }

    @Override
    public void store(Account account) {
        if (!em.contains(account)) {
            em.persist(account);
        }
        em.flush();
    }

    @Override
    public void remove(Account account) {
        em.remove(em.contains(account) ? account : em.merge(account));
        em.flush();
    }
}
