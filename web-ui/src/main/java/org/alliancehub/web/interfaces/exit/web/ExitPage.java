package org.alliancehub.web.interfaces.exit.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.exit.facade.ExitDestinationDto;
import org.alliancehub.web.interfaces.exit.facade.ExitFacade;
import org.alliancehub.web.interfaces.exit.facade.ExitReference;
import java.net.URI;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the exit notice {@code /exit?…} (see {@link ExitReference} for its addresses and {@link ExitLinks}
 * for building them): the agency's wording, the destination as text, "Continue" to the stored link and
 * "Go back" to the page that holds it. A reference to nothing (unknown, unpublished, no such link) is a
 * 404 page in the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class ExitPage extends ItemPage<ExitDestinationDto> {

    @Inject
    ExitFacade exits;

    @Inject
    LocaleSelection locale;

    @Override
    protected Optional<ExitDestinationDto> find(Map<String, String> parameters) {
        return ExitReference.from(parameters).flatMap(exits::destination);
    }

    @Override
    protected String notFoundKey() {
        return "exit.not.found";
    }

    @Override
    protected String unavailableKey() {
        return "exit.unavailable";
    }

    public ExitDestinationDto getDestination() {
        return item();
    }

    /**
     * "Go back": the portal page that holds the link; for an organization (no page of its own) the page
     * the reader came from when it is on this portal, else the home page. Never another site.
     */
    public String getBackHref() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String context = external.getRequestContextPath();
        if (item() != null && item().backPath() != null) {
            String path = context + item().backPath();
            return path.contains("lang=") ? path : path + "&lang=" + locale.getLanguage();
        }
        String referer = external.getRequestHeaderMap().get("Referer");
        String sameSite = samePortal(referer, external.getRequestServerName(), context);
        return sameSite != null ? sameSite : context + "/?lang=" + locale.getLanguage();
    }

    /** The referring page's path and query when it is a page of this portal (same host, under the context path), else null. */
    static String samePortal(String referer, String host, String context) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            String path = uri.getRawPath();
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(host) || path == null || !path.startsWith(context + "/")
                    || path.startsWith(context + "/exit")) {
                return null;
            }
            return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
