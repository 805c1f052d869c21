package org.alliancehub.domain.model.activity;

import org.alliancehub.domain.model.alliance.Alliance;

/** What trainings and events share: an alliance's offer that staff publish and withdraw. */
public interface PublishedActivity {

    String id();

    Alliance alliance();

    PublicationState state();

    long version();

    void publish();

    void withdraw();
}
