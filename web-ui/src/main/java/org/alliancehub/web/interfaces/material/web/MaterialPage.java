package org.alliancehub.web.interfaces.material.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.alliancehub.web.interfaces.web.LocaleSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.material.facade.MaterialFacade;
import org.alliancehub.web.interfaces.material.facade.MaterialPageDto;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;

/**
 * Backs the bookmarkable material page {@code /material?id=…&lang=…}: the material in the reader's
 * language when it has that version. An unknown, withdrawn or unpublished material is a 404 page in
 * the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class MaterialPage {

    private static final Logger LOG = Logger.getLogger(MaterialPage.class.getName());
    /** Material ids are UUIDs; anything much longer is not one. */
    static final int MAX_ID = 64;

    @Inject
    MaterialFacade materials;

    @Inject
    SearchFacade search;

    @Inject
    LocaleSelection locale;

    private MaterialPageDto material;
    private java.util.List<SearchPageDto.HitDto> related = java.util.List.of();
    private String problem;

    /** Reads the material once per request, before rendering (f:viewAction). */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String id = external.getRequestParameterMap().getOrDefault("id", "").strip();
        if (id.isEmpty() || id.length() > MAX_ID || !id.matches("[A-Za-z0-9-]+")) {
            notFound(external);
            return;
        }
        try {
            material = materials.material(id, locale.getLanguage()).orElse(null);
            if (material == null) {
                notFound(external);
            } else {
                related = search.related(id, locale.getLocale());
            }
        } catch (MaterialFacade.ContentUnavailable e) {
            LOG.log(Level.WARNING, "Content service unavailable: " + e.getMessage());
            problem = "material.unavailable";
            external.setResponseStatus(503);
        }
    }

    private void notFound(ExternalContext external) {
        problem = "not.found.material";
        external.setResponseStatus(404);
    }

    public MaterialPageDto getMaterial() {
        return material;
    }

    /** Other materials about the same things (none when search cannot say). */
    public java.util.List<SearchPageDto.HitDto> getRelated() {
        return related;
    }

    /** A message key when there is nothing to show, else null. */
    public String getProblem() {
        return problem;
    }

    /** This page's address for the material in a language: the canonical and hreflang links. */
    public String href(String language) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String base = external.getRequestScheme() + "://" + external.getRequestServerName()
                + (isDefaultPort(external) ? "" : ":" + external.getRequestServerPort()) + external.getRequestContextPath();
        return base + "/material?id=" + material.id() + "&lang=" + java.net.URLEncoder.encode(language, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean isDefaultPort(ExternalContext external) {
        int port = external.getRequestServerPort();
        return ("http".equals(external.getRequestScheme()) && port == 80) || ("https".equals(external.getRequestScheme()) && port == 443);
    }
}
