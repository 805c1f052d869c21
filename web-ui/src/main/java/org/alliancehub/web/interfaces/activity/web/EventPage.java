package org.alliancehub.web.interfaces.activity.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.EventPageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the bookmarkable event page {@code /event?id=…&lang=…}: when it happens on its own clocks, where,
 * its links through the exit notice, and "Add to calendar" ({@code /event.ics?id=…}). An unknown, withdrawn
 * or unpublished event is a 404 page in the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class EventPage {

    private static final Logger LOG = Logger.getLogger(EventPage.class.getName());

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    private EventPageDto event;
    private String problem;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String id = ActivityIds.read(external.getRequestParameterMap().get("id"));
        if (id == null) {
            notFound(external);
            return;
        }
        try {
            event = activities.event(id, locale.getLocale()).orElse(null);
            if (event == null) {
                notFound(external);
            }
        } catch (ActivityFacade.Unavailable e) {
            LOG.log(Level.WARNING, "Event unavailable: " + e.getMessage());
            problem = "activity.unavailable";
            external.setResponseStatus(503);
        }
    }

    private void notFound(ExternalContext external) {
        problem = "not.found.event";
        external.setResponseStatus(404);
    }

    public EventPageDto getEvent() {
        return event;
    }

    public String getProblem() {
        return problem;
    }
}
