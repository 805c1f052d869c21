package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Who took a lifecycle step, when, and why: the part every history entry shares, whatever its states. */
@Embeddable
public class StepTaken {

    @Column(name = "actor_id", length = 36)
    private String actorId;

    @Column(name = "actor_name", length = 100)
    private String actorName;

    @Column(name = "at", nullable = false)
    private OffsetDateTime at;

    @Column(name = "comment", length = 2000)
    private String comment;

    protected StepTaken() {
        // for JPA
    }

    /** A blank comment is none; a comment keeps its words, not the spaces around them. */
    public StepTaken(Actor actor, OffsetDateTime at, String comment) {
        this.actorId = actor.id();
        this.actorName = actor.name();
        this.at = at;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
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
