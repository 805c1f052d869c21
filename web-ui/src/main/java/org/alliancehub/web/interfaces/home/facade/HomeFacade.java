package org.alliancehub.web.interfaces.home.facade;

import java.util.Locale;

/** What the home page shows, in the reader's language. */
public interface HomeFacade {

    HomePageDto home(Locale locale);
}
