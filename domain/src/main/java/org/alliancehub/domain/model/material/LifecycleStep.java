package org.alliancehub.domain.model.material;

import java.time.OffsetDateTime;

/** One step of a history, whatever its states: from which state to which, and who took it, when and why. */
public interface LifecycleStep {

    /** The state before the step; null for the first. */
    Enum<?> from();

    Enum<?> to();

    StepTaken taken();

    default String actorId() {
        return taken().actorId();
    }

    default String actorName() {
        return taken().actorName();
    }

    default OffsetDateTime at() {
        return taken().at();
    }

    default String comment() {
        return taken().comment();
    }
}
