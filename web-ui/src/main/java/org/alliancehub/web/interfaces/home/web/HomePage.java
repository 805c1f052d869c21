package org.alliancehub.web.interfaces.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.alliancehub.web.interfaces.home.facade.HomeFacade;
import org.alliancehub.web.interfaces.home.facade.HomePageDto;
import org.alliancehub.web.interfaces.web.LocaleSelection;

/** Backs the home page {@code /?lang=…}. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    HomeFacade home;

    @Inject
    LocaleSelection locale;

    private HomePageDto page;

    public HomePageDto getPage() {
        if (page == null) {
            page = home.home(locale.getLocale());
        }
        return page;
    }
}
