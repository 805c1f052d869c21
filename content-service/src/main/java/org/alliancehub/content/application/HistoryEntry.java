package org.alliancehub.content.application;

import java.time.OffsetDateTime;

import org.alliancehub.domain.model.material.LifecycleStep;

/** One lifecycle step of a material, training or event: from, to, who took it, when, and why. */
public record HistoryEntry(String from, String to, String by, OffsetDateTime at, String comment) {

    public static HistoryEntry of(LifecycleStep step) {
        return new HistoryEntry(step.from() == null ? null : step.from().name(), step.to().name(), step.actorName(), step.at(),
                step.comment());
    }
}
