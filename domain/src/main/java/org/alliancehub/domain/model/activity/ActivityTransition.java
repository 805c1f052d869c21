package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.material.Actor;

/** One publication step of a training or an event: from which state to which, who took it, when, and why. */
@Embeddable
public class ActivityTransition {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private PublicationState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PublicationState to;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "comment", length = 2000)
    private String comment;

    protected ActivityTransition() {
        // for JPA
    }

    ActivityTransition(PublicationState from, PublicationState to, Actor actor, OffsetDateTime at, String comment) {
        this.from = from;
        this.to = to;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public PublicationState from() {
        return from;
    }

    public PublicationState to() {
        return to;
    }

    public String actorId() {
        return actorId;
    }

    public String actorName() {
        return actorName;
    }

    public OffsetDateTime at() {
        return at;
    }

    public String comment() {
        return comment;
    }
}
