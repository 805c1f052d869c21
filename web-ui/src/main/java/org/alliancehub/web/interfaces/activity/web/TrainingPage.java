package org.alliancehub.web.interfaces.activity.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.TrainingPageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the bookmarkable training page {@code /training?id=…&lang=…}: format, duration, provider,
 * languages, topics, audiences, alliance, and its link through the exit notice. Unknown or unpublished:
 * a 404 page in the reader's language; a content service that cannot answer: a 503 page.
 */
@Named
@RequestScoped
public class TrainingPage {

    private static final Logger LOG = Logger.getLogger(TrainingPage.class.getName());

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    private TrainingPageDto training;
    private String problem;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String id = ActivityIds.read(external.getRequestParameterMap().get("id"));
        if (id == null) {
            notFound(external);
            return;
        }
        try {
            training = activities.training(id, locale.getLocale()).orElse(null);
            if (training == null) {
                notFound(external);
            }
        } catch (ActivityFacade.Unavailable e) {
            LOG.log(Level.WARNING, "Training unavailable: " + e.getMessage());
            problem = "activity.unavailable";
            external.setResponseStatus(503);
        }
    }

    private void notFound(ExternalContext external) {
        problem = "not.found.training";
        external.setResponseStatus(404);
    }

    public TrainingPageDto getTraining() {
        return training;
    }

    public String getProblem() {
        return problem;
    }
}
