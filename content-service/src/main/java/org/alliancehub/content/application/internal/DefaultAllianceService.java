package org.alliancehub.content.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.AllianceService;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;

@ApplicationScoped
@Transactional
public class DefaultAllianceService implements AllianceService {

    @Inject
    AllianceRepository alliances;

    @Override
    public Alliance create(NewAlliance request) {
        Alliance alliance = new Alliance(request.name(), request.agency(), request.level(), request.regionOrOffice(),
                request.signedOn(), request.participants());
        alliances.store(alliance);
        return alliance;
    }

    @Override
    public Alliance get(String id) {
        return alliances.find(id).orElseThrow(() -> new NotFound("alliance", id));
    }

    @Override
    public Page<Alliance> list(PageRequest page) {
        return new Page<>(alliances.list(page.offset(), page.size()), page.page(), page.size(), alliances.count());
    }
}
