package org.alliancehub.web.interfaces.alliance.web;

import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.infrastructure.client.ServiceUnavailable;
import org.alliancehub.web.interfaces.alliance.facade.AllianceDirectoryDto;
import org.alliancehub.web.interfaces.alliance.facade.AllianceFacade;
import org.alliancehub.web.interfaces.alliance.facade.AllianceFilter;
import org.alliancehub.web.interfaces.web.LocaleSelection;
import org.alliancehub.contracts.tracing.TracedLogger;

/** Backs the alliance directory {@code /alliances?agency=…&level=…&status=…&page=…}. */
@Named
@RequestScoped
public class AlliancesPage {

    private static final Logger LOG = TracedLogger.of(AlliancesPage.class);

    @Inject
    AllianceFacade alliances;

    @Inject
    LocaleSelection locale;

    private AllianceFilter filter;
    private AllianceDirectoryDto directory;
    private String problem;

    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        filter = AllianceFilter.from(faces.getExternalContext().getRequestParameterMap(), locale.getLanguage());
        try {
            directory = alliances.directory(filter, locale.getLocale());
        } catch (ServiceUnavailable e) {
            LOG.warning(e.getMessage());
            problem = "alliances.unavailable";
            faces.getExternalContext().setResponseStatus(503);
        }
    }

    public AllianceFilter getFilter() {
        return filter;
    }

    public AllianceDirectoryDto getDirectory() {
        return directory;
    }

    public String getProblem() {
        return problem;
    }
}
