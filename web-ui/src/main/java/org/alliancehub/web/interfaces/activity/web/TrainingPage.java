package org.alliancehub.web.interfaces.activity.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.activity.facade.ActivityFacade;
import org.alliancehub.web.interfaces.activity.facade.TrainingPageDto;
import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the bookmarkable training page {@code /training?id=…&lang=…}: format, duration, provider,
 * languages, topics, audiences, alliance, and its link through the exit notice. Unknown or unpublished:
 * a 404 page in the reader's language; a content service that cannot answer: a 503 page.
 */
@Named
@RequestScoped
public class TrainingPage extends ItemPage<TrainingPageDto> {

    @Inject
    ActivityFacade activities;

    @Inject
    LocaleSelection locale;

    @Override
    protected Optional<TrainingPageDto> find(Map<String, String> parameters) {
        return id(parameters.get("id")).flatMap(id -> activities.training(id, locale.getLocale()));
    }

    @Override
    protected String notFoundKey() {
        return "not.found.training";
    }

    @Override
    protected String unavailableKey() {
        return "activity.unavailable";
    }

    public TrainingPageDto getTraining() {
        return item();
    }
}
