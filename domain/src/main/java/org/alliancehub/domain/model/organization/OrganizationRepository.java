package org.alliancehub.domain.model.organization;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    Optional<Organization> find(String id);

    Optional<Organization> findByName(String name);

    /** What a listing narrows to: a part of the name (any case), a type; null means any. */
    record Filter(String nameContains, OrganizationType type) {
        public static final Filter ANY = new Filter(null, null);
    }

    default List<Organization> list(int offset, int limit) {
        return list(Filter.ANY, offset, limit);
    }

    List<Organization> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    default long count() {
        return count(Filter.ANY);
    }

    void store(Organization organization);

    /** What still points to the organization (alliances it takes part in, accounts acting for it), or empty. */
    java.util.Optional<String> referencedBy(String id);

    void remove(Organization organization);
}
