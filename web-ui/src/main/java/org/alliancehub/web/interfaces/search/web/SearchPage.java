package org.alliancehub.web.interfaces.search.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.alliancehub.web.interfaces.web.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/** Backs the bookmarkable results page {@code /results?q=…&lang=…&page=…} (/search is the search service's context root). */
@Named
@RequestScoped
public class SearchPage {

    private static final Logger LOG = Logger.getLogger(SearchPage.class.getName());
    static final int MAX_QUERY = 500;

    @Inject
    SearchFacade search;

    @Inject
    LocaleSelection locale;

    private String query = "";
    private int page = 1;
    private SearchPageDto results;
    private String problem;

    /** Runs the search once per request, before rendering (f:viewAction). */
    public void load() {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = params.getOrDefault("q", "").strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        page = parsePage(params.get("page"));
        try {
            results = search.search(query, locale.getLanguage(), page);
        } catch (SearchFacade.SearchUnavailable e) {
            LOG.log(Level.WARNING, "Search service unavailable: " + e.getCause());
            problem = "search.unavailable";
        }
    }

    private static int parsePage(String value) {
        try {
            int p = value == null ? 1 : Integer.parseInt(value);
            return Math.max(1, Math.min(p, 100));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public String getQuery() {
        return query;
    }

    public int getPage() {
        return page;
    }

    public SearchPageDto getResults() {
        return results;
    }

    /** A message key when search could not answer, else null. */
    public String getProblem() {
        return problem;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return results != null && page < results.getPages();
    }
}
