package org.alliancehub.content.application.internal;

import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.ActivityCatalog;
import org.alliancehub.content.application.HistoryEntry;
import org.alliancehub.content.application.NotFound;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.content.application.StaleVersion;
import org.alliancehub.domain.model.account.Caller;
import org.alliancehub.domain.model.account.Role;
import org.alliancehub.domain.model.activity.Activity;
import org.alliancehub.domain.model.activity.ActivityRepository;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.alliance.Alliance;
import org.alliancehub.domain.model.alliance.AllianceRepository;
import org.alliancehub.domain.model.language.LanguageCode;
import org.alliancehub.domain.model.material.Actor;

/**
 * The use cases trainings and events share, written once; a subclass says how its kind is made,
 * listed and put on the change feed.
 */
@Transactional
abstract class DefaultActivityCatalog<A extends Activity<D>, D> implements ActivityCatalog<A, D> {

    @Inject
    ActivityRepository activities;

    @Inject
    AllianceRepository alliances;

    @Inject
    PublicChangePublisher publicChanges;

    @Inject
    EmphasisProgramLookup programLookup;

    private final Class<A> type;
    /** "training" or "event", as the API names them in not-found and stale-version answers. */
    private final String kind;

    DefaultActivityCatalog(Class<A> type, String kind) {
        this.type = type;
        this.kind = kind;
    }

    abstract A newActivity(Alliance alliance, D details);

    /** Puts the public representation on the feed, or takes it off when it stopped being public. */
    abstract void changed(A activity, boolean wasPublic);

    /** One page of the work list; {@code participants} null for staff. */
    abstract List<A> work(PublicationState state, String allianceId, String language, Set<String> participants, int offset, int limit);

    abstract long countWork(PublicationState state, String allianceId, String language, Set<String> participants);

    @Override
    public A create(Caller caller, String allianceId, D details, Set<String> programCodes) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        Alliance alliance = alliances.find(allianceId).filter(caller::mayEditFor).orElseThrow(() -> new NotFound("alliance", allianceId));
        A activity = newActivity(alliance, details);
        activity.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(activity);
        return activity;
    }

    @Override
    public A update(Caller caller, String id, D details, Set<String> programCodes, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        A activity = editable(caller, id);
        StaleVersion.requireMatch(kind, expectedVersion, activity.version());
        activity.describe(details);
        activity.supportPrograms(programLookup.byCodes(programCodes));
        activities.store(activity);
        return activity;
    }

    /** Publishing puts the public representation on the feed; withdrawing takes it off. */
    @Override
    public A step(Caller caller, String id, Step step, String comment) {
        caller.require(Role.CURATOR, Role.ADMIN);
        A activity = editable(caller, id);
        Actor by = new Actor(caller.accountId(), caller.username());
        boolean wasPublic = activity.state().isPublic();
        if (step == Step.PUBLISH) {
            activity.publish(by, comment);
        } else {
            activity.withdraw(by, comment);
        }
        activities.store(activity);
        changed(activity, wasPublic);
        return activity;
    }

    @Override
    public List<HistoryEntry> history(Caller caller, String id) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        return editable(caller, id).history().stream().map(HistoryEntry::of).toList();
    }

    @Override
    public A get(Caller caller, String id) {
        return activities.find(type, id).filter(a -> a.state().isPublic() || caller.mayEditFor(a.alliance()))
                .orElseThrow(() -> new NotFound(kind, id));
    }

    /** Drafts only, and only from the version the caller read. */
    @Override
    public void delete(Caller caller, String id, Long expectedVersion) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        A activity = editable(caller, id);
        StaleVersion.requireMatch(kind, expectedVersion, activity.version());
        activity.requireDeletable();
        activities.remove(activity);
    }

    @Override
    public Page<A> forWork(Caller caller, PublicationState state, String allianceId, String language, PageRequest page) {
        caller.require(Role.PARTNER, Role.CURATOR, Role.ADMIN);
        String lang = languageTag(language);
        Set<String> participants = caller.isStaff() ? null : caller.organizationIds();
        return new Page<>(work(state, allianceId, lang, participants, page.offset(), page.size()), page.page(), page.size(),
                countWork(state, allianceId, lang, participants));
    }

    private A editable(Caller caller, String id) {
        return activities.find(type, id).filter(a -> caller.mayEditFor(a.alliance())).orElseThrow(() -> new NotFound(kind, id));
    }

    static String languageTag(String language) {
        return language == null || language.isBlank() ? null : LanguageCode.of(language).tag();
    }
}
