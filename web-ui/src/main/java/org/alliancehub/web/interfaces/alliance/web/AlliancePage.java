package org.alliancehub.web.interfaces.alliance.web;

import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.alliance.facade.AllianceFacade;
import org.alliancehub.web.interfaces.alliance.facade.AlliancePageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the alliance page {@code /alliance?id=…&lang=…}; an unknown id is a 404 page in the reader's
 * language, a content service that cannot answer a 503 page.
 */
@Named
@RequestScoped
public class AlliancePage {

    private static final Logger LOG = Logger.getLogger(AlliancePage.class.getName());
    static final int MAX_ID = 64;

    @Inject
    AllianceFacade alliances;

    @Inject
    LocaleSelection locale;

    private AlliancePageDto alliance;
    private String problem;

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        String id = external.getRequestParameterMap().getOrDefault("id", "").strip();
        if (id.isEmpty() || id.length() > MAX_ID || !id.matches("[A-Za-z0-9-]+")) {
            notFound(external);
            return;
        }
        try {
            alliance = alliances.alliance(id, locale.getLocale()).orElse(null);
            if (alliance == null) {
                notFound(external);
            }
        } catch (AllianceFacade.Unavailable e) {
            LOG.warning(e.getMessage());
            problem = "alliances.unavailable";
            external.setResponseStatus(503);
        }
    }

    private void notFound(ExternalContext external) {
        problem = "not.found.alliance";
        external.setResponseStatus(404);
    }

    public AlliancePageDto getAlliance() {
        return alliance;
    }

    public String getProblem() {
        return problem;
    }
}
