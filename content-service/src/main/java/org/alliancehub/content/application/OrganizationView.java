package org.alliancehub.content.application;

import org.alliancehub.domain.model.organization.Organization;

public record OrganizationView(String id, String name, String type, String website, long version) {

    public static OrganizationView of(Organization organization) {
        return new OrganizationView(organization.id(), organization.name(), organization.type().name(),
                organization.website(), organization.version());
    }
}
