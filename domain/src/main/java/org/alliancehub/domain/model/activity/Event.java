package org.alliancehub.domain.model.activity;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;

/**
 * An event: a best-practice seminar, a conference or exhibit, a stand-down, a webinar. Its
 * times are local to a time zone, as announced ("9:00 in Houston"), and kept as instants too.
 * Named as the API and the feed name it; its tables keep their first name, {@code seminar}, so
 * the schema does not change.
 */
@Entity
@Table(name = "seminar")
@AssociationOverride(name = "emphasisPrograms", joinTable = @JoinTable(name = "seminar_emphasis_program",
        joinColumns = @JoinColumn(name = "seminar_id"), inverseJoinColumns = @JoinColumn(name = "program_code")))
public class Event extends Activity<Event.Details> {

    public enum Kind { SEMINAR, CONFERENCE, EXHIBIT, STAND_DOWN, WEBINAR }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

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

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "seminar_transition", joinColumns = @JoinColumn(name = "seminar_id"))
    @OrderColumn(name = "position")
    private List<ActivityTransition> history = new ArrayList<>();

    protected Event() {
        // for JPA
    }

    /** What a partner announces: local start and end in a time zone, where or where online. */
    public record Details(Kind kind, String title, String description, LocalDateTime startsLocal, LocalDateTime endsLocal,
                          String timeZone, String place, String onlineLink, String registrationLink, Set<String> languages) {
    }

    public Event(Alliance alliance, Details details) {
        super(alliance, "An event belongs to an alliance.");
        describe(details);
    }

    @Override
    public final void describe(Details d) {
        requireDraft();
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
        describeText(d.title(), d.description());
        this.timeZone = zone.getId();
        this.startsAt = start.toOffsetDateTime();
        this.endsAt = end.toOffsetDateTime();
        this.place = where;
        this.onlineLink = online;
        this.registrationLink = ActivityRules.link(d.registrationLink(), "registration link");
        this.languages = ActivityRules.languages(d.languages());
        touch();
    }

    @Override
    protected String label() {
        return "event";
    }

    @Override
    protected List<ActivityTransition> steps() {
        return history;
    }

    public boolean isUpcoming(OffsetDateTime now) {
        return endsAt.isAfter(now);
    }

    public Kind kind() { return kind; }
    public OffsetDateTime startsAt() { return startsAt; }
    public OffsetDateTime endsAt() { return endsAt; }
    public String timeZone() { return timeZone; }
    public String place() { return place; }
    public String onlineLink() { return onlineLink; }
    public String registrationLink() { return registrationLink; }
    public Set<String> languages() { return Set.copyOf(languages); }

    /** The start as announced, in the event's own time zone. */
    public ZonedDateTime localStart() {
        return startsAt.atZoneSameInstant(ZoneId.of(timeZone));
    }
}
