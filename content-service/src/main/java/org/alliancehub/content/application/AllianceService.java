package org.alliancehub.content.application;

import java.time.LocalDate;
import java.util.List;

import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.Participant;

public interface AllianceService {

    record NewAlliance(String name, Agency agency, AllianceLevel level, String regionOrOffice, LocalDate signedOn,
                       List<Participant> participants) {
    }

    Alliance create(NewAlliance alliance);

    Alliance get(String id);

    Page<Alliance> list(PageRequest page);
}
