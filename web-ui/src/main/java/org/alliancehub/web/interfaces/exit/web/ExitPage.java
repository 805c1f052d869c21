package org.alliancehub.web.interfaces.exit.web;

import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.exit.facade.ExitDestinationDto;
import org.alliancehub.web.interfaces.exit.facade.ExitFacade;
import org.alliancehub.web.interfaces.exit.facade.ExitReference;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the exit notice {@code /exit?…} (see {@link ExitReference} for its addresses and {@link ExitLinks}
 * for building them): the agency's wording, the destination as text, "Continue" to the stored link and
 * "Go back" to the page that holds it. A reference to nothing (unknown, unpublished, no such link) is a
 * 404 page in the reader's language; a content service that cannot answer, a 503 page.
 */
@Named
@RequestScoped
public class ExitPage {

    private static final Logger LOG = Logger.getLogger(ExitPage.class.getName());

    @Inject
    ExitFacade exits;

    @Inject
    LocaleSelection locale;

    private ExitDestinationDto destination;
    private String problem;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ExitReference reference = ExitReference.from(external.getRequestParameterMap()).orElse(null);
        if (reference == null) {
            notFound(external);
            return;
        }
        try {
            destination = exits.destination(reference).orElse(null);
            if (destination == null) {
                notFound(external);
            }
        } catch (ExitFacade.Unavailable e) {
            LOG.log(Level.WARNING, "Exit destination unavailable: " + e.getMessage());
            problem = "exit.unavailable";
            external.setResponseStatus(503);
        }
    }

    private void notFound(ExternalContext external) {
        problem = "exit.not.found";
        external.setResponseStatus(404);
    }

    public ExitDestinationDto getDestination() {
        return destination;
    }

    public String getProblem() {
        return problem;
    }

    /**
     * "Go back": the portal page that holds the link; for an organization (no page of its own) the page
     * the reader came from when it is on this portal, else the home page. Never another site.
     */
    public String getBackHref() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String context = external.getRequestContextPath();
        if (destination != null && destination.backPath() != null) {
            String path = context + destination.backPath();
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
