package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.DomainRuleViolation;
import org.alliancehub.domain.model.material.Actor;

/** Where a training or an event stands: draft, published or withdrawn, and when it last changed. */
@Embeddable
public class Publication {

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private PublicationState state = PublicationState.DRAFT;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    void requireDraft(String what) {
        if (state != PublicationState.DRAFT) {
            throw new DomainRuleViolation("activity-lifecycle", "A " + what + " is edited only as a draft.");
        }
    }

    /** Drafts are never published (a published activity is withdrawn, not back to draft), so drafts may go. */
    void requireDeletable(String what) {
        if (state != PublicationState.DRAFT) {
            throw new DomainRuleViolation("activity-lifecycle", "Only a draft " + what + " is deleted; a published one is withdrawn instead.");
        }
    }

    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Publishes a draft; returns the step, for the activity's history. */
    ActivityTransition publish(Actor by, String comment) {
        if (state != PublicationState.DRAFT) {
            throw new DomainRuleViolation("activity-lifecycle", "Only a draft is published.");
        }
        return moveTo(PublicationState.PUBLISHED, by, comment);
    }

    /** Withdraws a published activity; returns the step, for the activity's history. */
    ActivityTransition withdraw(String what, Actor by, String comment) {
        if (state != PublicationState.PUBLISHED) {
            throw new DomainRuleViolation("activity-lifecycle", "Only a published " + what + " is withdrawn.");
        }
        return moveTo(PublicationState.WITHDRAWN, by, comment);
    }

    private ActivityTransition moveTo(PublicationState next, Actor by, String comment) {
        java.util.Objects.requireNonNull(by, "Every publication step is taken by someone");
        PublicationState from = state;
        state = next;
        touch();
        return new ActivityTransition(from, next, by, updatedAt, comment);
    }

    PublicationState state() {
        return state;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
