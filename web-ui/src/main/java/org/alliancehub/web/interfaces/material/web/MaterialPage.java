package org.alliancehub.web.interfaces.material.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.alliancehub.web.interfaces.material.facade.MaterialFacade;
import org.alliancehub.web.interfaces.material.facade.MaterialPageDto;
import org.alliancehub.web.interfaces.search.facade.SearchFacade;
import org.alliancehub.web.interfaces.search.facade.SearchPageDto;
import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the bookmarkable material page {@code /material?id=…&lang=…}: the material in the reader's
 * language when it has that version. An unknown, withdrawn or unpublished material is a 404 page in
 * the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class MaterialPage extends ItemPage<MaterialPageDto> {

    @Inject
    MaterialFacade materials;

    @Inject
    LocaleSelection locale;

    @Inject
    SearchFacade search;

    private List<SearchPageDto.HitDto> related = List.of();

    @Override
    protected Optional<MaterialPageDto> find(Map<String, String> parameters) {
        return id(parameters.get("id")).flatMap(id -> materials.material(id, locale.getLanguage(), version(parameters.get("version"))));
    }

    @Override
    protected String notFoundKey() {
        return "not.found.material";
    }

    @Override
    protected String unavailableKey() {
        return "material.unavailable";
    }

    @Override
    protected void found(MaterialPageDto material) {
        related = search.related(material.id(), locale.getLocale());
        // the results page led here: the search counts it as opened (the browser sends this portal's own
        // address, and nothing about the reader goes with it)
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        search.openedFrom(external.getRequestHeaderMap().get("Referer"), base(external), material.id());
    }

    public MaterialPageDto getMaterial() {
        return item();
    }

    /** Other materials about the same things (none when search cannot say). */
    public List<SearchPageDto.HitDto> getRelated() {
        return related;
    }

    /** A version tag as the address gives it; null when it cannot be one. */
    private static String version(String tag) {
        return tag != null && tag.strip().matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}") ? tag.strip() : null;
    }

    /** This page's address for the material in a language: the canonical and hreflang links. */
    public String href(String language) {
        return base(FacesContext.getCurrentInstance().getExternalContext()) + "/material" + versionQuery(language, null);
    }

    /** This portal's address as the reader's browser reaches it: scheme, host, port and context path. */
    private static String base(ExternalContext external) {
        return external.getRequestScheme() + "://" + external.getRequestServerName()
                + (isDefaultPort(external) ? "" : ":" + external.getRequestServerPort()) + external.getRequestContextPath();
    }

    /**
     * The query string of the page showing one version: {@code ?id=…&lang=es} for a language the
     * pages are written in (the page switches with it), {@code ?id=…&version=pt-BR&lang=<reader's>} otherwise.
     */
    public String versionQuery(String versionLanguage, String readerLanguage) {
        String query = "?id=" + item().id();
        if (LocaleSelection.isPortalLanguage(versionLanguage)) {
            return query + "&lang=" + versionLanguage.toLowerCase(java.util.Locale.ROOT);
        }
        return query + "&version=" + URLEncoder.encode(versionLanguage, StandardCharsets.UTF_8)
                + (readerLanguage == null ? "" : "&lang=" + readerLanguage);
    }

    private static boolean isDefaultPort(ExternalContext external) {
        int port = external.getRequestServerPort();
        return ("http".equals(external.getRequestScheme()) && port == 80) || ("https".equals(external.getRequestScheme()) && port == 443);
    }
}
