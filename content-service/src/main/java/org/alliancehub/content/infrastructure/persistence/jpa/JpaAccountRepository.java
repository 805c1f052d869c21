package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.account.Account;
import org.alliancehub.domain.model.account.AccountRepository;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Account> find(String id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByUsername(String normalizedUsername) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :username", Account.class)
                .setParameter("username", normalizedUsername)
                .getResultStream().findFirst();
    }

    @Override
    public List<Account> list(int offset, int limit) {
        return em.createQuery("SELECT a FROM Account a ORDER BY a.username", Account.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(a) FROM Account a", Long.class).getSingleResult();
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
