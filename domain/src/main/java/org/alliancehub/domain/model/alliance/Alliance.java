package org.alliancehub.domain.model.alliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;

/**
 * An agreement between an agency and one or more participant organizations to produce
 * compliance-assistance materials, trainings and seminars for the public.
 */
@Entity
@Table(name = "alliance")
public class Alliance {

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

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "alliance_participant", joinColumns = @JoinColumn(name = "alliance_id"))
    @OrderColumn(name = "position")
    private List<Participant> participants = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Alliance() {
        // for JPA
    }

    public Alliance(String name, Agency agency, AllianceLevel level, String regionOrOffice,
                    LocalDate signedOn, List<Participant> participants) {
        this.id = UUID.randomUUID().toString();
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        rename(name);
        place(agency, level, regionOrOffice);
        this.signedOn = signedOn;
        replaceParticipants(participants);
    }

    public void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new DomainRuleViolation("alliance", "An alliance needs a name.");
        }
        if (newName.length() > 300) {
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
        this.agency = newAgency;
        this.level = newLevel;
        this.regionOrOffice = local ? newRegionOrOffice.strip() : null;
    }

    public void replaceParticipants(List<Participant> newParticipants) {
        if (newParticipants == null || newParticipants.isEmpty()) {
            throw new DomainRuleViolation("alliance-participants", "An alliance has at least one participant.");
        }
        this.participants = new ArrayList<>(newParticipants);
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

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
