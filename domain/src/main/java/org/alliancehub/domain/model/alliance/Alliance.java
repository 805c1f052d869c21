package org.alliancehub.domain.model.alliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.organization.Organization;

/**
 * An agreement between an agency and one or more participant organizations to produce
 * compliance-assistance materials, trainings and seminars for the public.
 *
 * <p>Rules kept here: MSHA alliances are national; regional and area office alliances name their
 * region or office; an alliance that includes employers or employer groups includes worker
 * representation (a union participant or recorded worker involvement); goals belong to the agency's
 * categories; the initial term lasts two years; a participant that completed the initial term and
 * one renewal may become an Alliance Program Ambassador.
 */
@Entity
@Table(name = "alliance")
public class Alliance {

    public static final int INITIAL_TERM_YEARS = 2;

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Agency agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllianceLevel level;

    /** The region or area office for regional and area office alliances. */
    @Column(name = "region_or_office", length = 200)
    private String regionOrOffice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AllianceStatus status = AllianceStatus.ACTIVE;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "concluded_on")
    private LocalDate concludedOn;

    @Column(nullable = false)
    private boolean ambassador;

    /** How workers take part when no union signs: workgroups, reviews, ... (the representation rule). */
    @Column(name = "worker_involvement", length = 2000)
    private String workerInvolvement;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "alliance_participant", joinColumns = @JoinColumn(name = "alliance_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    @OrderColumn(name = "position")
    private List<Organization> participants = new ArrayList<>();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "coordinator_name", length = 200)),
            @AttributeOverride(name = "title", column = @Column(name = "coordinator_title", length = 200)),
            @AttributeOverride(name = "affiliation", column = @Column(name = "coordinator_affiliation", length = 300)),
            @AttributeOverride(name = "email", column = @Column(name = "coordinator_email", length = 254)),
            @AttributeOverride(name = "agencyRepresentative", column = @Column(name = "coordinator_agency"))})
    private Contact coordinator;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "alliance_signatory", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Contact> signatories = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "alliance_team_member", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Contact> implementationTeam = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "alliance_goal", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Goal> goals = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "alliance_term", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<AgreementTerm> terms = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Alliance() {
        // for JPA
    }

    /** Records an alliance signed on {@code signedOn}, which starts its two-year initial term. */
    public Alliance(String name, Agency agency, AllianceLevel level, String regionOrOffice, LocalDate signedOn,
                    List<Organization> participants, String workerInvolvement) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        rename(name);
        place(agency, level, regionOrOffice);
        changeParticipants(participants, workerInvolvement);
        if (signedOn != null) {
            this.signedOn = signedOn;
            terms.add(new AgreementTerm(AgreementTerm.Kind.INITIAL, signedOn, signedOn.plusYears(INITIAL_TERM_YEARS)));
        }
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new DomainRuleViolation("alliance", "An alliance needs a name.");
        }
        if (newName.strip().length() > 300) {
            throw new DomainRuleViolation("alliance", "An alliance's name has at most 300 characters.");
        }
        this.name = newName.strip();
    }

    /** Sets agency and level together, because which levels exist depends on the agency. */
    public void place(Agency newAgency, AllianceLevel newLevel, String newRegionOrOffice) {
        if (newAgency == null || newLevel == null) {
            throw new DomainRuleViolation("alliance-level", "An alliance needs an agency and a level.");
        }
        if (newAgency == Agency.MSHA && newLevel != AllianceLevel.NATIONAL) {
            throw new DomainRuleViolation("alliance-level", "MSHA alliances are national.");
        }
        boolean local = newLevel != AllianceLevel.NATIONAL;
        if (local && (newRegionOrOffice == null || newRegionOrOffice.isBlank())) {
            throw new DomainRuleViolation("alliance-level",
                    "A regional or area office alliance names its region or office.");
        }
        if (goals.stream().anyMatch(g -> !g.category().belongsTo(newAgency))) {
            throw new DomainRuleViolation("alliance-goal", "The alliance has goals outside " + newAgency + "'s categories.");
        }
        this.agency = newAgency;
        this.level = newLevel;
        this.regionOrOffice = local ? newRegionOrOffice.strip() : null;
    }

    /**
     * Replaces the participants and the recorded worker involvement together, because the worker
     * representation rule is about both.
     */
    public void changeParticipants(List<Organization> newParticipants, String newWorkerInvolvement) {
        if (newParticipants == null || newParticipants.isEmpty()) {
            throw new DomainRuleViolation("alliance-participants", "An alliance has at least one participant.");
        }
        if (newParticipants.stream().distinct().count() != newParticipants.size()) {
            throw new DomainRuleViolation("alliance-participants", "An organization takes part in an alliance once.");
        }
        String involvement = newWorkerInvolvement == null || newWorkerInvolvement.isBlank() ? null : newWorkerInvolvement.strip();
        if (involvement != null && involvement.length() > 2000) {
            throw new DomainRuleViolation("alliance-participants", "The worker involvement note has at most 2000 characters.");
        }
        boolean includesEmployers = newParticipants.stream().anyMatch(o -> o.type().isEmployerOrEmployerGroup());
        boolean workersRepresented = involvement != null
                || newParticipants.stream().anyMatch(o -> o.type().representsWorkers());
        if (includesEmployers && !workersRepresented) {
            throw new DomainRuleViolation("worker-representation",
                    "An alliance that includes employers or employer groups must also include worker representatives: "
                            + "add a union participant, or record how workers are involved in developing and implementing the agreement.");
        }
        this.participants = new ArrayList<>(newParticipants);
        this.workerInvolvement = involvement;
    }

    public void describeImplementation(Contact newCoordinator, List<Contact> newSignatories, List<Contact> newTeam,
                                       List<Goal> newGoals) {
        List<Goal> checkedGoals = newGoals == null ? List.of() : newGoals;
        for (Goal goal : checkedGoals) {
            if (!goal.category().belongsTo(agency)) {
                throw new DomainRuleViolation("alliance-goal",
                        "\"" + goal.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "\" is not one of "
                                + agency + "'s goal categories.");
            }
        }
        if (newCoordinator != null && !newCoordinator.agencyRepresentative()) {
            throw new DomainRuleViolation("alliance-contact", "The coordinator is the agency's point of contact.");
        }
        this.coordinator = newCoordinator;
        this.signatories = new ArrayList<>(newSignatories == null ? List.of() : newSignatories);
        this.implementationTeam = new ArrayList<>(newTeam == null ? List.of() : newTeam);
        this.goals = new ArrayList<>(checkedGoals);
    }

    /** Renews the agreement for {@code years} from the end of the current term. */
    public AgreementTerm renew(int years) {
        requireActive("renew");
        if (terms.isEmpty()) {
            throw new DomainRuleViolation("alliance-term", "An alliance is renewed after it is signed.");
        }
        if (years < 1 || years > 5) {
            throw new DomainRuleViolation("alliance-term", "A renewal lasts between 1 and 5 years.");
        }
        LocalDate start = terms.get(terms.size() - 1).endsOn();
        AgreementTerm renewal = new AgreementTerm(AgreementTerm.Kind.RENEWAL, start, start.plusYears(years));
        terms.add(renewal);
        return renewal;
    }

    public void conclude(LocalDate on) {
        requireActive("conclude");
        if (on == null || (signedOn != null && on.isBefore(signedOn))) {
            throw new DomainRuleViolation("alliance-term", "An alliance concludes on a date after it was signed.");
        }
        this.status = AllianceStatus.CONCLUDED;
        this.concludedOn = on;
    }

    /** Eligible for Ambassador once the initial term and one renewal are completed. */
    public boolean isAmbassadorEligible(LocalDate today) {
        boolean initialDone = terms.stream().anyMatch(t -> t.kind() == AgreementTerm.Kind.INITIAL && t.completedBy(today));
        boolean renewalDone = terms.stream().anyMatch(t -> t.kind() == AgreementTerm.Kind.RENEWAL && t.completedBy(today));
        return initialDone && renewalDone;
    }

    public void promoteToAmbassador(LocalDate today) {
        if (!isAmbassadorEligible(today)) {
            throw new DomainRuleViolation("alliance-ambassador",
                    "An alliance becomes an Ambassador after completing its initial term and one renewal.");
        }
        this.ambassador = true;
    }

    private void requireActive(String action) {
        if (status != AllianceStatus.ACTIVE) {
            throw new DomainRuleViolation("alliance-lifecycle", "Cannot " + action + " an alliance that has concluded.");
        }
    }

    /** Whether any of the given organizations takes part in this alliance. */
    public boolean includesAnyOf(java.util.Collection<String> organizationIds) {
        return participants.stream().anyMatch(o -> organizationIds.contains(o.id()));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Agency agency() {
        return agency;
    }

    public AllianceLevel level() {
        return level;
    }

    public String regionOrOffice() {
        return regionOrOffice;
    }

    public AllianceStatus status() {
        return status;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate concludedOn() {
        return concludedOn;
    }

    public boolean ambassador() {
        return ambassador;
    }

    public String workerInvolvement() {
        return workerInvolvement;
    }

    public List<Organization> participants() {
        return List.copyOf(participants);
    }

    public Contact coordinator() {
        return coordinator;
    }

    public List<Contact> signatories() {
        return List.copyOf(signatories);
    }

    public List<Contact> implementationTeam() {
        return List.copyOf(implementationTeam);
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public List<AgreementTerm> terms() {
        return List.copyOf(terms);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
