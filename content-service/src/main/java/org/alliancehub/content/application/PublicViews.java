package org.alliancehub.content.application;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.alliancehub.contracts.content.AllianceView;
import org.alliancehub.contracts.content.ContentContract;
import org.alliancehub.contracts.content.EmphasisProgramView;
import org.alliancehub.contracts.content.EventView;
import org.alliancehub.contracts.content.OrganizationView;
import org.alliancehub.contracts.content.TrainingView;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.activity.TrainingProgram;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.Contact;
import org.alliancehub.domain.model.organization.Organization;
import org.alliancehub.domain.model.program.EmphasisProgram;

/**
 * Makes the content contract's views (the contracts module's records) of alliances, organizations,
 * emphasis programs, trainings and events from the domain: the API's answers to everyone. Who may
 * see a draft or withdrawn activity at all is the catalogs' decision, not this assembler's.
 */
public final class PublicViews {

    private PublicViews() {
    }

    public static AllianceView alliance(Alliance a) {
        return new AllianceView(ContentContract.VERSION, a.id(), a.name(), a.agency().name(), a.level().name(), a.regionOrOffice(),
                a.status().name(), a.signedOn(), a.concludedOn(), a.ambassador(), a.isAmbassadorEligible(today()),
                a.participants().stream().map(PublicViews::organization).toList(), a.workerInvolvement(),
                contact(a.coordinator()),
                a.signatories().stream().map(PublicViews::contact).toList(),
                a.implementationTeam().stream().map(PublicViews::contact).toList(),
                a.goals().stream().map(g -> new AllianceView.GoalView(g.category().name(), g.horizon().name(), g.description(),
                        g.status().name())).toList(),
                a.terms().stream().map(t -> new AllianceView.TermView(t.kind().name(), t.startsOn(), t.endsOn())).toList(),
                a.createdAt(), a.version());
    }

    private static AllianceView.ContactView contact(Contact c) {
        return c == null ? null : new AllianceView.ContactView(c.name(), c.title(), c.affiliation(), c.email(), c.agencyRepresentative());
    }

    public static OrganizationView organization(Organization organization) {
        return new OrganizationView(ContentContract.VERSION, organization.id(), organization.name(), organization.type().name(),
                organization.website(), organization.version());
    }

    public static EmphasisProgramView program(EmphasisProgram p) {
        return new EmphasisProgramView(ContentContract.VERSION, p.code(), p.agency().name(), p.scope().name(), p.nameEnglish(),
                p.nameSpanish(), p.startsOn(), p.endsOn(), p.isActiveOn(today()), p.version());
    }

    public static TrainingView training(TrainingProgram t) {
        return new TrainingView(ContentContract.VERSION, t.id(), t.alliance().id(), t.alliance().name(), t.alliance().agency().name(),
                t.title(), t.description(), List.copyOf(t.topics()), List.copyOf(t.audiences()), t.languages().stream().sorted().toList(),
                t.format().name(), t.durationMinutes(), t.provider(), t.contactName(), t.contactEmail(), t.link(),
                t.emphasisPrograms().stream().map(PublicViews::program).toList(), t.state().name(), t.updatedAt(), t.version());
    }

    public static EventView event(Event e) {
        return new EventView(ContentContract.VERSION, e.id(), e.alliance().id(), e.alliance().name(), e.alliance().agency().name(),
                e.kind().name(), e.title(), e.description(), e.startsAt(), e.endsAt(), e.timeZone(), e.localStart().toLocalDateTime(),
                e.place(), e.onlineLink(), e.registrationLink(), e.languages().stream().sorted().toList(),
                e.emphasisPrograms().stream().map(PublicViews::program).toList(), e.state().name(), e.updatedAt(), e.version());
    }

    /** Whether an alliance may become Ambassador and a program is active are answered for today in UTC. */
    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
