package org.alliancehub.domain.model.activity;

import org.alliancehub.domain.model.material.Actor;

import org.alliancehub.domain.model.alliance.Alliance;

/** What trainings and events share: an alliance's offer that staff publish and withdraw. */
public interface PublishedActivity {

    String id();

    Alliance alliance();

    PublicationState state();

    long version();

    /** Staff publish a draft; the step is recorded with who took it, when, and the comment. */
    void publish(Actor by, String comment);

    /** Staff withdraw a published activity; the step is recorded as for publishing. */
    void withdraw(Actor by, String comment);

    /** Refuses unless this is a draft: a published activity is withdrawn, not deleted. */
    void requireDeletable();

    /** Every publication step, oldest first. */
    java.util.List<ActivityTransition> history();
}
