package org.alliancehub.content.application;

import java.time.LocalDate;
import java.util.List;

import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.alliance.Agency;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceLevel;
import org.alliancehub.domain.model.alliance.Contact;
import org.alliancehub.domain.model.alliance.Goal;

public interface AllianceService {

    record AllianceDetails(String name, Agency agency, AllianceLevel level, String regionOrOffice, LocalDate signedOn,
                           List<String> participantIds, String workerInvolvement, Contact coordinator,
                           List<Contact> signatories, List<Contact> implementationTeam, List<Goal> goals) {
    }

    /** The agreement steps agency staff record. */
    enum TermAction {
        RENEW, CONCLUDE, PROMOTE_TO_AMBASSADOR
    }

    Alliance create(Caller caller, AllianceDetails details);

    /** Changes an alliance; {@code expectedVersion}, when given, must be the current version (else 409). */
    Alliance update(Caller caller, String id, AllianceDetails details, Long expectedVersion);

    Alliance recordTerm(Caller caller, String id, TermAction action, Integer years, LocalDate on);

    Alliance get(String id);

    Page<Alliance> list(org.alliancehub.domain.model.alliance.AllianceRepository.Filter filter, PageRequest page);

    /** Staff delete a alliance nothing refers to any more; otherwise {@link StillReferenced} (409). */
    void delete(Caller caller, String id);
}
