package org.alliancehub.web.interfaces.activity.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.EventPageDto;
import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the bookmarkable event page {@code /event?id=…&lang=…}: when it happens on its own clocks, where,
 * its links through the exit notice, and "Add to calendar" ({@code /event.ics?id=…}). An unknown, withdrawn
 * or unpublished event is a 404 page in the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class EventPage extends ItemPage<EventPageDto> {

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    @Override
    protected Optional<EventPageDto> find(Map<String, String> parameters) {
        return id(parameters.get("id")).flatMap(id -> activities.event(id, locale.getLocale()));
    }

    @Override
    protected String notFoundKey() {
        return "not.found.event";
    }

    @Override
    protected String unavailableKey() {
        return "activity.unavailable";
    }

    public EventPageDto getEvent() {
        return item();
    }
}
