package org.alliancehub.content.application.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.alliancehub.content.application.EventCatalog;
import org.alliancehub.content.application.Page;
import org.alliancehub.content.application.PageRequest;
import org.alliancehub.domain.model.activity.PublicationState;
import org.alliancehub.domain.model.activity.Seminar;
import org.alliancehub.domain.model.alliance.Alliance;

@ApplicationScoped
@Transactional
public class DefaultEventCatalog extends DefaultActivityCatalog<Seminar, Seminar.Details> implements EventCatalog {

    /** Work lists show events whatever their dates: ended ones too. */
    private static final OffsetDateTime EVERY_EVENT = OffsetDateTime.parse("1970-01-01T00:00Z");

    @Override
    String kind() {
        return "event";
    }

    @Override
    Seminar newActivity(Alliance alliance, Seminar.Details details) {
        return new Seminar(alliance, details);
    }

    @Override
    Optional<Seminar> find(String id) {
        return activities.findSeminar(id);
    }

    @Override
    void store(Seminar seminar) {
        activities.store(seminar);
    }

    @Override
    void remove(Seminar seminar) {
        activities.remove(seminar);
    }

    @Override
    void changed(Seminar seminar, boolean wasPublic) {
        publicChanges.eventChanged(seminar, wasPublic);
    }

    @Override
    List<Seminar> work(PublicationState state, String allianceId, String language, Set<String> participants, int offset, int limit) {
        return activities.seminars(state, allianceId, language, EVERY_EVENT, participants, offset, limit);
    }

    @Override
    long countWork(PublicationState state, String allianceId, String language, Set<String> participants) {
        return activities.countSeminars(state, allianceId, language, EVERY_EVENT, participants);
    }

    @Override
    public Page<Seminar> published(String allianceId, String language, OffsetDateTime after, PageRequest page) {
        String lang = languageTag(language);
        return new Page<>(activities.publishedSeminars(allianceId, lang, after, page.offset(), page.size()), page.page(),
                page.size(), activities.countPublishedSeminars(allianceId, lang, after));
    }
}
