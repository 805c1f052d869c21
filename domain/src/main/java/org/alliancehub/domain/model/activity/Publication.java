package org.alliancehub.domain.model.activity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.DomainRuleViolation;

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

    void touch() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    void publish() {
        if (state != PublicationState.DRAFT) {
            throw new DomainRuleViolation("activity-lifecycle", "Only a draft is published.");
        }
        state = PublicationState.PUBLISHED;
        touch();
    }

    void withdraw(String what) {
        if (state != PublicationState.PUBLISHED) {
            throw new DomainRuleViolation("activity-lifecycle", "Only a published " + what + " is withdrawn.");
        }
        state = PublicationState.WITHDRAWN;
        touch();
    }

    PublicationState state() {
        return state;
    }

    OffsetDateTime updatedAt() {
        return updatedAt;
    }
}
