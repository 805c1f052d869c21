package org.alliancehub.domain.model.activity;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.material.Actor;

/**
 * A seminar or event: a best-practice seminar, a conference or exhibit, a stand-down, a webinar. Its
 * times are local to a time zone, as announced ("9:00 in Houston"), and kept as instants too.
 */
@Entity
@Table(name = "seminar")
public class Seminar implements PublishedActivity {

    public enum Kind { SEMINAR, CONFERENCE, EXHIBIT, STAND_DOWN, WEBINAR }

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(length = 500)
    private String place;

    @Column(name = "online_link", length = 2000)
    private String onlineLink;

    @Column(name = "registration_link", length = 2000)
    private String registrationLink;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seminar_language", joinColumns = @JoinColumn(name = "seminar_id"))
    @Column(name = "language", length = 35)
    private Set<String> languages = new LinkedHashSet<>();

    @jakarta.persistence.ManyToMany(fetch = FetchType.EAGER)
    @jakarta.persistence.JoinTable(name = "seminar_emphasis_program", joinColumns = @JoinColumn(name = "seminar_id"),
            inverseJoinColumns = @JoinColumn(name = "program_code"))
    private Set<org.alliancehub.domain.model.program.EmphasisProgram> emphasisPrograms = new LinkedHashSet<>();

    @jakarta.persistence.Embedded
    private Publication publication = new Publication();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "seminar_transition", joinColumns = @JoinColumn(name = "seminar_id"))
    @OrderColumn(name = "position")
    private List<ActivityTransition> history = new ArrayList<>();

    @Version
    private long version;

    protected Seminar() {
        // for JPA
    }

    /** What a partner announces: local start and end in a time zone, where or where online. */
    public record Details(Kind kind, String title, String description, LocalDateTime startsLocal, LocalDateTime endsLocal,
                          String timeZone, String place, String onlineLink, String registrationLink, Set<String> languages) {
    }

    public Seminar(Alliance alliance, Details details) {
        if (alliance == null) {
            throw new DomainRuleViolation("activity", "An event belongs to an alliance.");
        }
        this.id = UUID.randomUUID().toString();
        this.alliance = alliance;
        describe(details);
    }

    public final void describe(Details d) {
        publication.requireDraft("event");
        if (d.kind() == null) {
            throw new DomainRuleViolation("activity", "Say what kind of event it is.");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(d.timeZone() == null ? "" : d.timeZone().strip());
        } catch (DateTimeException e) {
            throw new DomainRuleViolation("activity", "'" + d.timeZone() + "' is not a time zone (e.g. America/Chicago).");
        }
        if (d.startsLocal() == null || d.endsLocal() == null) {
            throw new DomainRuleViolation("activity", "An event has a start and an end.");
        }
        ZonedDateTime start = d.startsLocal().atZone(zone);
        ZonedDateTime end = d.endsLocal().atZone(zone);
        if (!end.isAfter(start)) {
            throw new DomainRuleViolation("activity", "An event ends after it starts.");
        }
        String online = ActivityRules.link(d.onlineLink(), "online link");
        String where = ActivityRules.optionalText(d.place(), 500, "place");
        if (d.kind() == Kind.WEBINAR && online == null) {
            throw new DomainRuleViolation("activity", "A webinar has an online link.");
        }
        if (where == null && online == null) {
            throw new DomainRuleViolation("activity", "Say where the event takes place, or its online link.");
        }
        this.kind = d.kind();
        this.title = ActivityRules.requiredText(d.title(), 500, "title");
        this.description = ActivityRules.optionalText(d.description(), 4000, "description");
        this.timeZone = zone.getId();
        this.startsAt = start.toOffsetDateTime();
        this.endsAt = end.toOffsetDateTime();
        this.place = where;
        this.onlineLink = online;
        this.registrationLink = ActivityRules.link(d.registrationLink(), "registration link");
        this.languages = ActivityRules.languages(d.languages());
        publication.touch();
    }

    /** Links it to the emphasis programs it supports, each of its alliance's agency; drafts only. */
    public void supportPrograms(Set<org.alliancehub.domain.model.program.EmphasisProgram> programs) {
        publication.requireDraft("event");
        this.emphasisPrograms = org.alliancehub.domain.model.program.EmphasisProgram.requireAgency(programs, alliance.agency(),
                "this event");
        publication.touch();
    }

    public Set<org.alliancehub.domain.model.program.EmphasisProgram> emphasisPrograms() {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(emphasisPrograms));
    }

    @Override
    public void publish(Actor by, String comment) {
        history.add(publication.publish(by, comment));
    }

    @Override
    public void withdraw(Actor by, String comment) {
        history.add(publication.withdraw("event", by, comment));
    }

    @Override
    public void requireDeletable() {
        publication.requireDeletable("event");
    }

    @Override
    public List<ActivityTransition> history() {
        return List.copyOf(history);
    }

    public boolean isUpcoming(OffsetDateTime now) {
        return endsAt.isAfter(now);
    }

    @Override
    public String id() { return id; }
    @Override
    public Alliance alliance() { return alliance; }
    public Kind kind() { return kind; }
    public String title() { return title; }
    public String description() { return description; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public String timeZone() { return timeZone; }
    public String place() { return place; }
    public String onlineLink() { return onlineLink; }
    public String registrationLink() { return registrationLink; }
    public Set<String> languages() { return Set.copyOf(languages); }
    @Override
    public PublicationState state() { return publication.state(); }
    public OffsetDateTime updatedAt() { return publication.updatedAt(); }
    @Override
    public long version() { return version; }

    /** The start as announced, in the event's own time zone. */
    public ZonedDateTime localStart() {
        return startsAt.atZoneSameInstant(ZoneId.of(timeZone));
    }
}
