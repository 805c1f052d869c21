package org.alliancehub.web.interfaces.activity.web;

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
import org.alliancehub.web.interfaces.activity.facade.ActivityListDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Backs the bookmarkable lists {@code /events?lang=…&kind=…&language=…&topic=…&program=…&alliance=…&when=…&page=…}
 * (events, or events and trainings with {@code kind=all}) and {@code /trainings?…} (trainings): upcoming by
 * default, soonest first. Filters are a plain GET form and links, so the lists work without JavaScript.
 * A value that cannot be right is a 400 page saying which; a search service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class ActivityListPage {

    private static final Logger LOG = TracedLogger.of(ActivityListPage.class);

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    private ActivityCriteria.Kind defaultKind = ActivityCriteria.Kind.EVENT;
    private ActivityListDto list;
    private String problem;
    private String invalidParameter;

    /** Reads the list once per request, before rendering (f:viewAction); {@code page} is "events" or "trainings". */
    public void load(String page) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        defaultKind = "trainings".equals(page) ? ActivityCriteria.Kind.TRAINING : ActivityCriteria.Kind.EVENT;
        try {
            ActivityCriteria criteria = ActivityCriteria.from(external.getRequestParameterMap(), locale.getLanguage());
            if (defaultKind == ActivityCriteria.Kind.TRAINING && criteria.kind() != null && criteria.kind() != ActivityCriteria.Kind.TRAINING) {
                throw new ActivityCriteria.InvalidCriteria("kind", "The trainings list lists trainings; events are at /events.");
            }
            list = activities.list(criteria, defaultKind, locale.getLocale());
        } catch (ActivityCriteria.InvalidCriteria e) {
            problem = "activity.invalid";
            invalidParameter = e.parameter();
            external.setResponseStatus(400);
        } catch (ServiceUnavailable e) {
            LOG.log(Level.WARNING, "Activities unavailable: " + e.getMessage());
            problem = "activity.unavailable";
            external.setResponseStatus(503);
        }
    }

    public ActivityListDto getList() {
        return list;
    }

    /** The list's own address, {@code /events} or {@code /trainings}, for its links and form. */
    public String getPath() {
        return defaultKind == ActivityCriteria.Kind.TRAINING ? "/trainings" : "/events";
    }

    /** The heading's message key: events, trainings, or both. */
    public String getTitleKey() {
        if (defaultKind == ActivityCriteria.Kind.TRAINING) {
            return "activity.trainings.title";
        }
        return list != null && list.criteria().kind() == ActivityCriteria.Kind.ALL ? "activity.all.title" : "activity.events.title";
    }

    /** The count's message key, as the heading. */
    public String getCountKey() {
        return getTitleKey().replace(".title", ".count");
    }

    public boolean isTrainings() {
        return defaultKind == ActivityCriteria.Kind.TRAINING;
    }

    /** A message key when there is nothing to show, else null. */
    public String getProblem() {
        return problem;
    }

    /** The parameter that could not be read, for the 400 page. */
    public String getInvalidParameter() {
        return invalidParameter;
    }
}
