package org.alliancehub.content.application;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationType;

public interface OrganizationService {

    record OrganizationDetails(String name, OrganizationType type, String website) {
    }

    Organization create(Caller caller, OrganizationDetails details);

    /** {@code expectedVersion}, when given (If-Match), must be the stored version, else {@link StaleVersion} (409). */
    Organization update(Caller caller, String id, OrganizationDetails details, Long expectedVersion);

    Organization get(String id);

    Page<Organization> list(org.alliancehub.domain.model.organization.OrganizationRepository.Filter filter, PageRequest page);

    /** Staff delete a organization nothing refers to any more; otherwise {@link StillReferenced} (409). */
    void delete(Caller caller, String id);
}
