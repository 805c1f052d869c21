package org.alliancehub.web.interfaces.activity.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.interfaces.activity.facade.ActivityCriteria;
import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.CalendarDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Backs the bookmarkable calendar {@code /calendar?month=yyyy-mm&view=month|list&lang=…&language=…&topic=…&program=…&alliance=…}:
 * a month of events as a table of weeks, or as a list of days, each event on its local date in its own
 * time zone; previous and next months, and the month's events as one iCalendar file
 * ({@code /calendar.ics} with the same parameters).
 * <p>
 * Rendered on the server as a plain HTML table, with no client-side calendar library: such libraries
 * (FullCalendar, PrimeFaces' schedule) weigh 200 to 300 KB of script and styles before any event, against
 * the portal's budget of 300 KB a page; they draw the month with script, so without it nothing shows and
 * screen readers get a grid of generic elements instead of a table with a caption and column headers; and
 * every month is then an address of its own that can be bookmarked, shared and crawled.
 * <p>
 * "Today" is the date in {@code alliancehub.portal.time-zone} (default America/New_York, where the
 * agencies' national offices keep their hours): the server cannot know the reader's zone without script.
 */
@Named
@RequestScoped
public class CalendarPage {

    private static final Logger LOG = TracedLogger.of(CalendarPage.class);

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    @Inject
    @ConfigProperty(name = "alliancehub.portal.time-zone", defaultValue = "America/New_York")
    String timeZone;

    private CalendarDto calendar;
    private String problem;
    private String invalidParameter;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ActivityCriteria criteria = ActivityCriteria.from(external.getRequestParameterMap(), locale.getLanguage());
            calendar = activities.calendar(criteria, LocalDate.now(ZoneId.of(timeZone)), locale.getLocale());
        } catch (ActivityCriteria.InvalidCriteria e) {
            problem = "activity.invalid";
            invalidParameter = e.parameter();
            external.setResponseStatus(400);
        } catch (ServiceUnavailable e) {
            LOG.log(Level.WARNING, "Calendar unavailable: " + e.getMessage());
            problem = "activity.unavailable";
            external.setResponseStatus(503);
        }
    }

    public CalendarDto getCalendar() {
        return calendar;
    }

    public boolean isListView() {
        return calendar != null && calendar.criteria().isListView();
    }

    public String getProblem() {
        return problem;
    }

    public String getInvalidParameter() {
        return invalidParameter;
    }
}
