package org.alliancehub.web.interfaces.search.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.interfaces.search.facade.SearchCriteria;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.alliancehub.contracts.tracing.TracedLogger;

/**
 * Backs the bookmarkable results page {@code /results?q=…&lang=…&type=…&sort=…&page=…} (/search is the
 * search service's context root): facets, filters in force, sorts and pages are all links, so the
 * page works without JavaScript and every state of it can be bookmarked.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final Logger LOG = TracedLogger.of(SearchPage.class);

    @Inject
    SearchFacade search;

    @Inject
    LocaleSelection locale;

    private SearchCriteria criteria = SearchCriteria.from(java.util.Map.of(), "en");
    private SearchPageDto results;
    private String problem;

    /** Runs the search once per request, before rendering (f:viewAction). */
    public void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        criteria = SearchCriteria.from(params, locale.getLanguage());
        try {
            results = search.search(criteria, locale.getLocale());
        } catch (ServiceUnavailable e) {
            LOG.log(Level.WARNING, "Search service unavailable: " + e.getCause());
            problem = "search.unavailable";
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(503);
        }
    }

    public String getQuery() {
        return criteria.query();
    }

    public SearchCriteria getCriteria() {
        return criteria;
    }

    public SearchPageDto getResults() {
        return results;
    }

    /** A message key when search could not answer, else null. */
    public String getProblem() {
        return problem;
    }
}
