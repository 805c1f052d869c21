package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    @PersistenceContext(unitName = "content")
    EntityManager em;

    @Override
    public Optional<Organization> find(String id) {
        return Optional.ofNullable(em.find(Organization.class, id));
    }

    @Override
    public Optional<Organization> findByName(String name) {
        return em.createQuery("SELECT o FROM Organization o WHERE LOWER(o.name) = LOWER(:name)", Organization.class)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organization> list(int offset, int limit) {
        return em.createQuery("SELECT o FROM Organization o ORDER BY o.name, o.id", Organization.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("SELECT COUNT(o) FROM Organization o", Long.class).getSingleResult();
    }

    @Override
    public void store(Organization organization) {
        if (!em.contains(organization)) {
            em.persist(organization);
        }
        em.flush();
    }
}
