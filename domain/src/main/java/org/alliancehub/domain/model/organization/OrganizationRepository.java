package org.alliancehub.domain.model.organization;

import java.util.List;
import java.util.Optional;

public interface OrganizationRepository {

    Optional<Organization> find(String id);

    Optional<Organization> findByName(String name);

    List<Organization> list(int offset, int limit);

    long count();

    void store(Organization organization);
}
