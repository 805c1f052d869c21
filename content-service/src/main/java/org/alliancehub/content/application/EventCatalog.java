package org.alliancehub.content.application;

import java.time.OffsetDateTime;

import org.alliancehub.domain.model.activity.Event;

/** Seminars, conferences, exhibits, stand-downs and webinars: events. */
public interface EventCatalog extends ActivityCatalog<Event, Event.Details> {

    /** Published events that have not ended by {@code after}, soonest first. */
    Page<Event> published(String allianceId, String language, OffsetDateTime after, PageRequest page);
}
