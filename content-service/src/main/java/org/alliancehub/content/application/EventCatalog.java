package org.alliancehub.content.application;

import java.time.OffsetDateTime;

import org.alliancehub.domain.model.activity.Seminar;

/** Seminars and events (the domain's {@link Seminar}). */
public interface EventCatalog extends ActivityCatalog<Seminar, Seminar.Details> {

    /** Published events that have not ended by {@code after}, soonest first. */
    Page<Seminar> published(String allianceId, String language, OffsetDateTime after, PageRequest page);
}
