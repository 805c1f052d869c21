package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a material's lifecycle: from which state to which, who took it, when, and why. */
@Embeddable
public class Transition {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private MaterialState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private MaterialState to;

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "comment", length = 2000)
    private String comment;

    protected Transition() {
        // for JPA
    }

    Transition(MaterialState from, MaterialState to, Actor actor, OffsetDateTime at, String comment) {
        this.from = from;
        this.to = to;
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public MaterialState from() {
        return from;
    }

    public MaterialState to() {
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
