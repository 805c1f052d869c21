package org.alliancehub.content.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.OrganizationService;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.StillReferenced;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;

@ApplicationScoped
@Transactional
public class DefaultOrganizationService implements OrganizationService {

    @Inject
    PublicChangePublisher publicChanges;


    @Inject
    OrganizationRepository organizations;

    @Override
    public Organization create(Caller caller, OrganizationDetails details) {
        caller.require(Role.CURATOR, Role.ADMIN);
        requireUniqueName(details.name(), null);
        Organization organization = new Organization(details.name(), details.type(), details.website());
        organizations.store(organization);
        return organization;
    }

    @Override
    public Organization update(Caller caller, String id, OrganizationDetails details, Long expectedVersion) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Organization organization = get(id);
        StaleVersion.requireMatch("organization", expectedVersion, organization.version());
        requireUniqueName(details.name(), id);
        organization.describe(details.name(), details.type(), details.website());
        organizations.store(organization);
        publicChanges.organizationChanged(organization);
        return organization;
    }

    private void requireUniqueName(String name, String exceptId) {
        if (name == null) {
            return;
        }
        organizations.findByName(name.strip())
                .filter(existing -> !existing.id().equals(exceptId))
                .ifPresent(existing -> {
                    throw new DomainRuleViolation("organization-name", "An organization named '" + name.strip() + "' exists already.");
                });
    }

    @Override
    public Organization get(String id) {
        return organizations.find(id).orElseThrow(() -> new NotFound("organization", id));
    }

    @Override
    public Page<Organization> list(OrganizationRepository.Filter filter, PageRequest page) {
        return new Page<>(organizations.list(filter, page.offset(), page.size()), page.page(), page.size(), organizations.count(filter));
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Organization doomed = get(id);
        organizations.referencedBy(id).ifPresent(referrers -> {
            throw new StillReferenced("organization", referrers);
        });
        organizations.remove(doomed);
    }
}
