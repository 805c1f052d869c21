package org.alliancehub.domain.model.activity;

/** Trainings and events are drafted by partners, published and withdrawn by agency staff. */
public enum PublicationState {
    DRAFT, PUBLISHED, WITHDRAWN;

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
