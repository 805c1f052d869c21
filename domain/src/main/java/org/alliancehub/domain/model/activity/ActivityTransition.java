package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.material.StepTaken;

/** One publication step of a training or an event: from which state to which, who took it, when, and why. */
@Embeddable
public class ActivityTransition {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private PublicationState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private PublicationState to;

    @Embedded
    private StepTaken taken;

    protected ActivityTransition() {
        // for JPA
    }

    ActivityTransition(PublicationState from, PublicationState to, Actor actor, OffsetDateTime at, String comment) {
        this.from = from;
        this.to = to;
        this.taken = new StepTaken(actor, at, comment);
    }

    public PublicationState from() {
        return from;
    }

    public PublicationState to() {
        return to;
    }

    public String actorId() {
        return taken.actorId();
    }

    public String actorName() {
        return taken.actorName();
    }

    public OffsetDateTime at() {
        return taken.at();
    }

    public String comment() {
        return taken.comment();
    }
}
