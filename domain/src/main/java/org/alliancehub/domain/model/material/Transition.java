package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a material's lifecycle: from which state to which, who took it, when, and why. */
@Embeddable
public class Transition implements LifecycleStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private MaterialState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private MaterialState to;

    @Embedded
    private StepTaken taken;

    protected Transition() {
        // for JPA
    }

    Transition(MaterialState from, MaterialState to, Actor actor, OffsetDateTime at, String comment) {
        this.from = from;
        this.to = to;
        this.taken = new StepTaken(actor, at, comment);
    }

    @Override
    public MaterialState from() {
        return from;
    }

    @Override
    public MaterialState to() {
        return to;
    }

    @Override
    public StepTaken taken() {
        return taken;
    }
}
