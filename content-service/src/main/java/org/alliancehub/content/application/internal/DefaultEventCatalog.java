package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.EventCatalog;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Event;
import org.alliancehub.domain.model.alliance.Alliance;

@ApplicationScoped
@Transactional
public class DefaultEventCatalog extends DefaultActivityCatalog<Event, Event.Details> implements EventCatalog {

    /** Work lists show events whatever their dates: ended ones too. */
    private static final OffsetDateTime EVERY_EVENT = OffsetDateTime.parse("1970-01-01T00:00Z");

    public DefaultEventCatalog() {
        super(Event.class, "event");
    }

    @Override
    Event newActivity(Alliance alliance, Event.Details details) {
        return new Event(alliance, details);
    }

    @Override
    void changed(Event event, boolean wasPublic) {
        publicChanges.eventChanged(event, wasPublic);
    }

    @Override
    List<Event> work(PublicationState state, String allianceId, String language, Set<String> participants, int offset, int limit) {
        return activities.events(state, allianceId, language, EVERY_EVENT, participants, offset, limit);
    }

    @Override
    long countWork(PublicationState state, String allianceId, String language, Set<String> participants) {
        return activities.countEvents(state, allianceId, language, EVERY_EVENT, participants);
    }

    @Override
    public Page<Event> published(String allianceId, String language, OffsetDateTime after, PageRequest page) {
        String lang = languageTag(language);
        return new Page<>(activities.publishedEvents(allianceId, lang, after, page.offset(), page.size()), page.page(),
                page.size(), activities.countPublishedEvents(allianceId, lang, after));
    }
}
