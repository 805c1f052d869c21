package org.alliancehub.web.interfaces.alliance.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.alliance.facade.AllianceFacade;
import org.alliancehub.web.interfaces.alliance.facade.AlliancePageDto;
import org.alliancehub.web.interfaces.web.ItemPage;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/**
 * Backs the alliance page {@code /alliance?id=…&lang=…}; an unknown id is a 404 page in the reader's
 * language, a content service that cannot answer a 503 page.
 */
@Named
@RequestScoped
public class AlliancePage extends ItemPage<AlliancePageDto> {

    @Inject
    AllianceFacade alliances;

    @Inject
    LocaleSelection locale;

    @Override
    protected Optional<AlliancePageDto> find(Map<String, String> parameters) {
        return id(parameters.get("id")).flatMap(id -> alliances.alliance(id, locale.getLocale()));
    }

    @Override
    protected String notFoundKey() {
        return "not.found.alliance";
    }

    @Override
    protected String unavailableKey() {
        return "alliances.unavailable";
    }

    public AlliancePageDto getAlliance() {
        return item();
    }
}
