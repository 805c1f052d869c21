package org.alliancehub.web.interfaces.alliance.facade;

import java.util.Locale;
import java.util.Optional;

/** The alliance directory and alliance pages, in the reader's language. */
public interface AllianceFacade {

    /** Alliances by name, filtered; {@link org.alliancehub.web.infrastructure.client.ServiceUnavailable} when the content service cannot answer now. */
    AllianceDirectoryDto directory(AllianceFilter filter, Locale locale);

    /** One alliance with its materials, trainings and upcoming events; empty when there is none with this id. */
    Optional<AlliancePageDto> alliance(String id, Locale locale);
}
