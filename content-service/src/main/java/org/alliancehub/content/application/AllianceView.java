package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.Contact;

/** The public representation of an alliance. The agencies endorse no participant: the portal says so. */
public record AllianceView(String id, String name, String agency, String level, String regionOrOffice, String status,
                           LocalDate signedOn, LocalDate concludedOn, boolean ambassador, boolean ambassadorEligible,
                           List<OrganizationView> participants, String workerInvolvement, ContactView coordinator,
                           List<ContactView> signatories, List<ContactView> implementationTeam, List<GoalView> goals,
                           List<TermView> terms, OffsetDateTime createdAt, long version) {

    public record ContactView(String name, String title, String affiliation, String email, boolean agencyRepresentative) {
        static ContactView of(Contact c) {
            return c == null ? null : new ContactView(c.name(), c.title(), c.affiliation(), c.email(), c.agencyRepresentative());
        }
    }

    public record GoalView(String category, String horizon, String description, String status) {
    }

    public record TermView(String kind, LocalDate startsOn, LocalDate endsOn) {
    }

    public static AllianceView of(Alliance a) {
        return new AllianceView(a.id(), a.name(), a.agency().name(), a.level().name(), a.regionOrOffice(),
                a.status().name(), a.signedOn(), a.concludedOn(), a.ambassador(),
                a.isAmbassadorEligible(LocalDate.now(java.time.ZoneOffset.UTC)),
                a.participants().stream().map(OrganizationView::of).toList(), a.workerInvolvement(),
                ContactView.of(a.coordinator()),
                a.signatories().stream().map(ContactView::of).toList(),
                a.implementationTeam().stream().map(ContactView::of).toList(),
                a.goals().stream().map(g -> new GoalView(g.category().name(), g.horizon().name(), g.description(),
                        g.status().name())).toList(),
                a.terms().stream().map(t -> new TermView(t.kind().name(), t.startsOn(), t.endsOn())).toList(),
                a.createdAt(), a.version());
    }
}
