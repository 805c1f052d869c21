package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.program.EmphasisProgram;

/**
 * What a training and an event share: an alliance's offer with a title and a description, the
 * emphasis programs it supports, and its publication by staff. A mapped superclass, not an entity:
 * each kind keeps its own table, so the columns stay as the migrations define them; each subclass
 * names its emphasis-program join table and keeps its own history table (element collection
 * tables cannot be overridden from here).
 *
 * @param <D> what a partner writes to describe it
 */
@MappedSuperclass
public abstract class Activity<D> implements PublishedActivity {

    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "alliance_id")
    private Alliance alliance;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToMany(fetch = FetchType.EAGER)
    private Set<EmphasisProgram> emphasisPrograms = new LinkedHashSet<>();

    @Embedded
    private Publication publication = new Publication();

    @Version
    private long version;

    protected Activity() {
        // for JPA
    }

    /** {@code withoutAlliance}: the refusal when there is none, in the kind's own words. */
    protected Activity(Alliance alliance, String withoutAlliance) {
        if (alliance == null) {
            throw new DomainRuleViolation("activity", withoutAlliance);
        }
        this.id = UUID.randomUUID().toString();
        this.alliance = alliance;
    }

    /** "training" or "event", in the rule violations. */
    protected abstract String label();

    /** The kind's own history table, appended to by each publication step. */
    protected abstract List<ActivityTransition> steps();

    /** Replaces what the partner wrote; drafts only. */
    public abstract void describe(D details);

    protected final void requireDraft() {
        publication.requireDraft(label());
    }

    /** Sets the shared text; the subclass has checked that it is a draft. */
    protected final void describeText(String title, String description) {
        this.title = ActivityRules.requiredText(title, 500, "title");
        this.description = ActivityRules.optionalText(description, 4000, "description");
    }

    protected final void touch() {
        publication.touch();
    }

    /** Links it to the emphasis programs it supports, each of its alliance's agency; drafts only. */
    public void supportPrograms(Set<EmphasisProgram> programs) {
        requireDraft();
        this.emphasisPrograms = EmphasisProgram.requireAgency(programs, alliance.agency(), "this " + label());
        touch();
    }

    public Set<EmphasisProgram> emphasisPrograms() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(emphasisPrograms));
    }

    @Override
    public void publish(Actor by, String comment) {
        steps().add(publication.publish(by, comment));
    }

    @Override
    public void withdraw(Actor by, String comment) {
        steps().add(publication.withdraw(label(), by, comment));
    }

    @Override
    public void requireDeletable() {
        publication.requireDeletable(label());
    }

    @Override
    public List<ActivityTransition> history() {
        return List.copyOf(steps());
    }

    @Override
    public String id() { return id; }
    @Override
    public Alliance alliance() { return alliance; }
    public String title() { return title; }
    public String description() { return description; }
    @Override
    public PublicationState state() { return publication.state(); }
    public OffsetDateTime updatedAt() { return publication.updatedAt(); }
    @Override
    public long version() { return version; }
}
