package org.alliancehub.content.infrastructure.persistence.jpa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.PersistenceContext;

import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;

@ApplicationScoped
public class JpaOrganizationRepository implements OrganizationRepository {

    private static final References REFERENCES = new References()
            .count("alliances", "SELECT COUNT(a) FROM Alliance a JOIN a.participants o WHERE o.id = :id")
            .count("accounts", "SELECT COUNT(a) FROM Account a JOIN a.organizations o WHERE o.id = :id");

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
    public List<Organization> list(Filter filter, int offset, int limit) {
        return query(filter, "SELECT o FROM Organization o", " ORDER BY o.name, o.id", Organization.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return query(filter, "SELECT COUNT(o) FROM Organization o", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
        List<String> conditions = new ArrayList<>();
        if (filter.nameContains() != null) {
            conditions.add("LOWER(o.name) LIKE :name ESCAPE '\\'");
        }
        if (filter.type() != null) {
            conditions.add("o.type = :type");
        }
        TypedQuery<T> query = em.createQuery(select + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + order, type);
        if (filter.nameContains() != null) {
            query.setParameter("name", LikePattern.containing(filter.nameContains()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        return query;
    }

    @Override
    public Optional<String> referencedBy(String id) {
        return REFERENCES.of(em, id);
    }

    @Override
    public void remove(Organization organization) {
        em.remove(organization);
        em.flush();
    }

    @Override
    public void store(Organization organization) {
        if (!em.contains(organization)) {
            em.persist(organization);
        }
        em.flush();
    }
}
