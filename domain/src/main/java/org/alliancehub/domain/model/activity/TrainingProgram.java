package org.alliancehub.domain.model.activity;

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

/** A course or curriculum an alliance developed: topic, audience, languages, format, duration, provider. */
@Entity
@Table(name = "training_program")
@AssociationOverride(name = "emphasisPrograms", joinTable = @JoinTable(name = "training_emphasis_program",
        joinColumns = @JoinColumn(name = "training_id"), inverseJoinColumns = @JoinColumn(name = "program_code")))
public class TrainingProgram extends Activity<TrainingProgram.Details> {

    public enum Format { IN_PERSON, ONLINE, TRAIN_THE_TRAINER, BLENDED }

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_topic", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "topic", length = 100)
    private Set<String> topics = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_audience", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "audience", length = 100)
    private Set<String> audiences = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "training_language", joinColumns = @JoinColumn(name = "training_id"))
    @Column(name = "language", length = 35)
    private Set<String> languages = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Format format;

    @Column(name = "duration_minutes")
    private Integer durationMinutes;

    @Column(length = 300)
    private String provider;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(length = 2000)
    private String link;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "training_transition", joinColumns = @JoinColumn(name = "training_id"))
    @OrderColumn(name = "position")
    private List<ActivityTransition> history = new ArrayList<>();

    protected TrainingProgram() {
        // for JPA
    }

    public TrainingProgram(Alliance alliance, Details details) {
        super(alliance, "A training belongs to an alliance.");
        describe(details);
    }

    /** What a partner writes about a training. */
    public record Details(String title, String description, Set<String> topics, Set<String> audiences,
                          Set<String> languages, Format format, Integer durationMinutes, String provider,
                          String contactName, String contactEmail, String link) {
    }

    @Override
    public final void describe(Details d) {
        requireDraft();
        if (d.format() == null) {
            throw new DomainRuleViolation("activity", "Say how the training is given: in person, online, train-the-trainer or blended.");
        }
        if (d.durationMinutes() != null && (d.durationMinutes() < 5 || d.durationMinutes() > 100_000)) {
            throw new DomainRuleViolation("activity", "A duration is between 5 minutes and 100,000 minutes.");
        }
        describeText(d.title(), d.description());
        this.topics = ActivityRules.tags(d.topics());
        this.audiences = ActivityRules.tags(d.audiences());
        this.languages = ActivityRules.languages(d.languages());
        this.format = d.format();
        this.durationMinutes = d.durationMinutes();
        this.provider = ActivityRules.optionalText(d.provider(), 300, "provider");
        this.contactName = ActivityRules.optionalText(d.contactName(), 200, "contact name");
        this.contactEmail = ActivityRules.optionalText(d.contactEmail(), 254, "contact email");
        this.link = ActivityRules.link(d.link(), "link");
        touch();
    }

    @Override
    protected String label() {
        return "training";
    }

    @Override
    protected List<ActivityTransition> steps() {
        return history;
    }

    public Set<String> topics() { return Set.copyOf(topics); }
    public Set<String> audiences() { return Set.copyOf(audiences); }
    public Set<String> languages() { return Set.copyOf(languages); }
    public Format format() { return format; }
    public Integer durationMinutes() { return durationMinutes; }
    public String provider() { return provider; }
    public String contactName() { return contactName; }
    public String contactEmail() { return contactEmail; }
    public String link() { return link; }
}
