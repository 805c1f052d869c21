package org.alliancehub.content.application.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.AllianceService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.content.application.StillReferenced;
import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.organization.OrganizationRepository;

/** Alliances are recorded and changed by agency staff. */
@ApplicationScoped
@Transactional
public class DefaultAllianceService implements AllianceService {


    @Inject
    AllianceRepository alliances;

    @Inject
    OrganizationRepository organizations;


    @Inject
    PublicChangePublisher publicChanges;

    @Override
    public Alliance create(Caller caller, AllianceDetails details) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Alliance alliance = new Alliance(details.name(), details.agency(), details.level(), details.regionOrOffice(),
                details.signedOn(), participants(details.participantIds()), details.workerInvolvement());
        alliance.describeImplementation(details.coordinator(), details.signatories(), details.implementationTeam(),
                details.goals());
        alliances.store(alliance);
        return alliance;
    }

    @Override
    public Alliance update(Caller caller, String id, AllianceDetails details, Long expectedVersion) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Alliance alliance = get(id);
        StaleVersion.requireMatch("alliance", expectedVersion, alliance.version());
        alliance.rename(details.name());
        alliance.place(details.agency(), details.level(), details.regionOrOffice());
        alliance.changeParticipants(participants(details.participantIds()), details.workerInvolvement());
        alliance.describeImplementation(details.coordinator(), details.signatories(), details.implementationTeam(),
                details.goals());
        alliances.store(alliance);
        publicChanges.allianceChanged(alliance);
        return alliance;
    }

    @Override
    public Alliance recordTerm(Caller caller, String id, TermAction action, Integer years, LocalDate on) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Alliance alliance = get(id);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        switch (action) {
            case RENEW -> alliance.renew(years == null ? Alliance.INITIAL_TERM_YEARS : years);
            case CONCLUDE -> alliance.conclude(on == null ? today : on);
            case PROMOTE_TO_AMBASSADOR -> alliance.promoteToAmbassador(today);
        }
        alliances.store(alliance);
        return alliance;
    }

    private List<Organization> participants(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new DomainRuleViolation("alliance-participants", "An alliance has at least one participant.");
        }
        return ids.stream().map(id -> organizations.find(id).orElseThrow(() -> new NotFound("organization", id))).toList();
    }

    @Override
    public Alliance get(String id) {
        return alliances.find(id).orElseThrow(() -> new NotFound("alliance", id));
    }

    @Override
    public Page<Alliance> list(AllianceRepository.Filter filter, PageRequest page) {
        return new Page<>(alliances.list(filter, page.offset(), page.size()), page.page(), page.size(), alliances.count(filter));
    }

    @Override
    public void delete(Caller caller, String id) {
        caller.require(Role.CURATOR, Role.ADMIN);
        Alliance doomed = get(id);
        alliances.referencedBy(id).ifPresent(referrers -> {
            throw new StillReferenced("alliance", referrers);
        });
        alliances.remove(doomed);
    }
}
