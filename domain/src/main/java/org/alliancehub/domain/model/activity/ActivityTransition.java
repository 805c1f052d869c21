package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.material.Actor;
import org.alliancehub.domain.model.material.LifecycleStep;
import org.alliancehub.domain.model.material.StepTaken;

/** One publication step of a training or an event: from which state to which, who took it, when, and why. */
@Embeddable
public class ActivityTransition implements LifecycleStep {

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

    @Override
    public PublicationState from() {
        return from;
    }

    @Override
    public PublicationState to() {
        return to;
    }

    @Override
    public StepTaken taken() {
        return taken;
    }
}
