package org.alliancehub.domain.model.alliance;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.alliancehub.domain.model.DomainRuleViolation;

/** A short- or long-term goal of an alliance, in one of its agency's goal categories. */
@Embeddable
public class Goal {

    public enum Horizon { SHORT_TERM, LONG_TERM }

    public enum Status { PLANNED, IN_PROGRESS, ACHIEVED, DROPPED }

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 40)
    private GoalCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "horizon", nullable = false, length = 20)
    private Horizon horizon;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    protected Goal() {
        // for JPA
    }

    public Goal(GoalCategory category, Horizon horizon, String description, Status status) {
        if (category == null || horizon == null) {
            throw new DomainRuleViolation("alliance-goal", "A goal needs a category and a horizon.");
        }
        if (description == null || description.isBlank() || description.length() > 2000) {
            throw new DomainRuleViolation("alliance-goal", "A goal needs a description of at most 2000 characters.");
        }
        this.category = category;
        this.horizon = horizon;
        this.description = description.strip();
        this.status = status == null ? Status.PLANNED : status;
    }

    public GoalCategory category() {
        return category;
    }

    public Horizon horizon() {
        return horizon;
    }

    public String description() {
        return description;
    }

    public Status status() {
        return status;
    }
}
